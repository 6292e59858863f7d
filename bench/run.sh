#!/bin/sh
# bench/run.sh [REFVIZ] - runs each workload under python3 and refviz
# (with --no-trace, and with a full JSON trace for the small ones) and
# prints the time ratios.  A benchmark, not a test: nothing fails on speed.
set -u
cd "$(dirname "$0")" || exit 1
R=${1:-../src/refviz}
now() { date +%s.%N; }
printf '%-16s %9s %9s %7s %9s %7s\n' workload python3 refviz ratio traced ratio
for w in workloads/*.py; do
    t0=$(now); python3 "$w" > /dev/null; t1=$(now)
    "$R" run --no-trace "$w" > /dev/null; t2=$(now)
    traced=-; tratio=-
    case $w in
    *copying*|*dict_words*|*bignum*) ;;
    *)
        "$R" run --format json --max-steps 0 "$w" > /dev/null 2>&1; t3=$(now)
        traced=$(awk -v a="$t2" -v b="$t3" 'BEGIN { printf "%.3f", b - a }')
        tratio=$(awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN { printf "%.1f", (d - c) / (b - a) }')
        ;;
    esac
    py=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    rv=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.3f", b - a }')
    ratio=$(awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "%.1f", (c - b) / (b - a) }')
    printf '%-16s %9s %9s %7s %9s %7s\n' "$(basename "$w" .py)" "$py" "$rv" "$ratio" "$traced" "$tratio"
done
