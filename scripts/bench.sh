#!/usr/bin/env bash
# Builds and runs the benchmarks with the settings docs/performance.md reports.
#   scripts/bench.sh          the quick run: 100 users with the baseline and the fault check,
#                             and the store benchmark (about 4 minutes in all)
#   scripts/bench.sh --full   the documented run: 1,000 users (about 15 minutes)
# Extra arguments after --full (or instead of it) go to sync_bench, e.g. --users 300.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${TRIBUTARY_BUILD_DIR:-build}"
jobs="${TRIBUTARY_BUILD_JOBS:-2}"

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j"$jobs" --target sync_bench store_bench

users=100
if [[ "${1:-}" == "--full" ]]; then
  users=1000
  shift
fi

echo "== sync_bench --users $users --latency-ms 50 --rate 50 --days 5 --faults $*"
"$build_dir/bin/sync_bench" --users "$users" --latency-ms 50 --rate 50 --days 5 --faults "$@"
echo
echo "== store_bench (10,000 goals over 5,000,000 metric rows)"
"$build_dir/bin/store_bench" --metric-rows 5000000 --goal-users 1000
