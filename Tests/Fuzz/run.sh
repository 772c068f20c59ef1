#!/bin/sh
# Short libFuzzer pass over every dxplan parser (Docs/Robustness.md describes the long run).
#   Tests/Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Environment: FUZZ_RUNS (stop a target after this many executions; default unlimited),
# FUZZ_WORK (corpus and crash folder; default .build/fuzz in this package).
# Exits non-zero if any target finds a crash, leak, timeout or out-of-memory input; the
# reproducer is left in $FUZZ_WORK/crashes/<target>/ and its path printed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"yaml json topology ipranges ipranges-fast table values"}
work=${FUZZ_WORK:-$here/.build/fuzz}
runs=${FUZZ_RUNS:--1}

cd "$here"
swift build -c release -Xswiftc -sanitize=fuzzer,address --product dxplan-fuzz
binary=$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)/dxplan-fuzz

status=0
for target in $targets; do
    corpus=$work/corpus/$target
    crashes=$work/crashes/$target
    mkdir -p "$corpus" "$crashes"
    echo "== $target: ${seconds}s"
    if DXPLAN_FUZZ_TARGET=$target "$binary" "$corpus" "Seeds/$target" \
        -max_total_time="$seconds" -runs="$runs" -timeout=5 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
        >"$work/$target.log" 2>&1; then
        grep -E '^#[0-9]+.*DONE|stat::number_of_executed_units' "$work/$target.log" | tail -2
    else
        echo "!! $target failed; see $work/$target.log"
        grep -E 'ERROR|Test unit written' "$work/$target.log" || true
        status=1
    fi
done
exit $status
