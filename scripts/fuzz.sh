#!/bin/sh
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan), assembles the seed corpora and runs each fuzz target
# for a while, printing libFuzzer's final statistics. See docs/RELIABILITY.md.
#
#   scripts/fuzz.sh [seconds] [target...]     default: 60 seconds each, all targets, one after the other
#
# Targets: reader validator http_response datetime jsonpretty. Environment:
#   FUZZ_RUNS=N       stop after N executions instead (seconds 0 = no time limit), e.g. FUZZ_RUNS=10000000
#   FUZZ_NO_BUILD=1   use the fuzzers already built in build/fuzz
# The working corpora grow in build/fuzz/corpus/<target>/, crashes land in build/fuzz/artifacts/, the logs in
# build/fuzz/logs/<target>.log. Exit status 1 when a target found a crash.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
secs=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-reader validator http_response datetime jsonpretty}

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    cmake --preset fuzz >/dev/null
    nice -n 19 cmake --build --preset fuzz -j2
fi
[ -d build/fuzz/corpus/reader ] || tests/fuzz/make-corpus.sh build/fuzz/corpus >/dev/null
mkdir -p build/fuzz/artifacts build/fuzz/logs
# ASan records the stack of every allocation in its stack depot, whose look-ups slow down as it fills with distinct
# stacks: with the default 30 frames a long run fell to a quarter of its speed (StackDepot::Put 40-57 % of the time).
# 8 frames still say where a reported allocation came from.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=8}"

maxlen() {
    case $1 in
        reader) echo 65536 ;;
        datetime) echo 4096 ;;
        *) echo 16384 ;;
    esac
}

status=0
for t in $targets; do
    # libFuzzer purges the allocator (releases all free memory to the OS) every second once RSS passes half the
    # limit; with ASan's quarantine a target sits near 1 GB, and at a 2 GB limit the purges' madvise calls cost up to
    # 80 % of the time (http_response fell from 1,900 to 240 exec/s). At 4 GB they start at 2 GB.
    set -- -rss_limit_mb=4096 -max_len="$(maxlen "$t")" -print_final_stats=1 -dict="tests/fuzz/$t.dict" \
        -artifact_prefix="build/fuzz/artifacts/$t-"
    [ "$secs" -gt 0 ] && set -- "$@" -max_total_time="$secs"
    [ -n "${FUZZ_RUNS:-}" ] && set -- "$@" -runs="$FUZZ_RUNS"
    echo "== $t: $*"
    start=$(date +%s)
    if nice -n 19 "build/fuzz/tests/fuzz/fuzz_$t" "$@" "build/fuzz/corpus/$t" > "build/fuzz/logs/$t.log" 2>&1; then
        result=clean
    else
        result="FAILED (see build/fuzz/logs/$t.log and build/fuzz/artifacts/)"
        status=1
    fi
    end=$(date +%s)
    grep -E 'INFO: Loaded 1 (modules|PC tables)' "build/fuzz/logs/$t.log" | head -2
    grep -E 'cov: ' "build/fuzz/logs/$t.log" | tail -n 1
    grep -E '^Done [0-9]+ runs|^stat::' "build/fuzz/logs/$t.log" || tail -n 30 "build/fuzz/logs/$t.log"
    echo "corpus: $(ls "build/fuzz/corpus/$t" | wc -l) files; wall time: $((end - start)) s; $result"
done
exit $status
