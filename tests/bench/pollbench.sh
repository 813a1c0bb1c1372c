#!/usr/bin/env bash
# Benchmark of `poll --once` against the built-in simulator: sessions/s, pages/s, peak RSS of the poller.
# usage: tests/bench/pollbench.sh [EXECUTABLE] [SESSIONS] [RUNS]
set -euo pipefail
exe=${1:-build/release/app/ocpi-session-monitor}
sessions=${2:-100000}
runs=${3:-3}
port=$((20000 + RANDOM % 20000))

"$exe" simulate --port "$port" --sessions "$sessions" --seed 1 >/dev/null 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; wait $sim 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
    sleep 0.2
done

echo "poll --once against simulate --sessions $sessions (seeded), $runs runs; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf '%-6s %10s %8s %8s %12s %10s %12s\n' run sessions pages seconds sessions/s pages/s "peak RSS MB"
results=()
for run in $(seq "$runs"); do
    err=$(mktemp)
    start=$(date +%s.%N)
    OCPI_TOKEN=ocpi-sim-demo-token /usr/bin/time -f 'RSS_KB=%M' "$exe" poll --url "http://127.0.0.1:$port/ocpi/versions" \
        --once --format ndjson >/dev/null 2>"$err"
    end=$(date +%s.%N)
    line=$(grep -m1 '^poll 1:' "$err" || true)
    added=$(sed -n 's/^poll 1: \([0-9]*\) added.*/\1/p' <<<"$line")
    pages=$(sed -n 's/.* in \([0-9]*\) page(s).*/\1/p' <<<"$line")
    rss=$(sed -n 's/^RSS_KB=//p' "$err")
    secs=$(echo "$end - $start" | bc -l)
    printf '%-6s %10s %8s %8.2f %12.0f %10.1f %12.1f\n' "$run" "$added" "$pages" "$secs" "$(echo "$added / $secs" | bc -l)" \
        "$(echo "$pages / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
    results+=("$secs")
    rm -f "$err"
done
median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median wall time: ${median} s ($(echo "$sessions / $median" | bc -l | cut -d. -f1) sessions/s)"
