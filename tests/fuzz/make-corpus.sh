#!/bin/sh
# Assembles the seed corpora of the fuzz targets from the test fixtures, the spec examples, the shared OCPI corpus
# (../shared/ocpi-corpus, when present) and the hand-written seeds in tests/fuzz/seeds/, into
#   <out>/<target>/            (default out: build/fuzz/corpus)
# Generated, not committed. Usage: tests/fuzz/make-corpus.sh [out]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build/fuzz/corpus}
fixtures=$root/tests/fixtures
shared=$root/../shared/ocpi-corpus
[ -d "$shared" ] || shared=/work/shared/ocpi-corpus

mkdir -p "$out/reader" "$out/validator" "$out/http_response" "$out/datetime" "$out/jsonpretty"

# Every JSON-ish example we have: reader fixtures (all formats and damages), spec examples, shared corpus.
examples=$(ls "$fixtures"/reader/* "$fixtures"/spec/*.json 2>/dev/null; [ -d "$shared" ] && ls "$shared"/*.json || true)

n=0
for f in $examples; do
    n=$((n + 1))
    base=$(basename "$f")
    # reader: byte 0 chooses the settings (see fuzz_reader.cpp): default chunks, and 3-byte chunks + batch 1.
    { printf '\000'; cat "$f"; } > "$out/reader/$n-default-$base"
    { printf '\013'; cat "$f"; } > "$out/reader/$n-chunk3-$base"
    # validator: the text as one record.
    cp "$f" "$out/validator/$n-$base"
    # jsonpretty: a pointer line, then the text.
    { printf '/cdr_token/uid\n'; cat "$f"; } > "$out/jsonpretty/$n-$base"
    # http_response: the text as a page body, with paging headers.
    { printf 'X-Total-Count: 100\r\nX-Limit: 10\r\nLink: <?date_from=2020-01-01T00:00:00Z&offset=10&limit=10>; rel="next"\r\n\r\n'; cat "$f"; } \
        > "$out/http_response/$n-$base"
done
# Wrapped in an envelope as a real page is.
for f in "$fixtures"/spec/*.json; do
    base=$(basename "$f")
    { printf 'X-Total-Count: 1\n\n{"data":['; cat "$f"; printf '],"status_code":1000,"timestamp":"2026-11-25T22:00:00Z"}'; } \
        > "$out/http_response/envelope-$base"
done
# The hand-written seeds of every target.
for t in reader validator http_response datetime jsonpretty; do
    cp "$root/tests/fuzz/seeds/$t"/* "$out/$t/"
done

# datetime: every DateTime-looking string in the examples.
i=0
for f in $examples; do
    grep -aoE '"[0-9]{4}-[0-9]{2}-[0-9]{2}[^"]{0,30}"' "$f" 2>/dev/null | tr -d '"' | sort -u | while read -r t; do
        printf '%s' "$t" > "$out/datetime/ex-$(printf '%s' "$t" | md5sum | cut -c1-12)"
    done || true
    i=$((i + 1))
done

for t in reader validator http_response datetime jsonpretty; do
    echo "$t: $(ls "$out/$t" | wc -l) seeds in $out/$t"
done
