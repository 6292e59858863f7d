#!/bin/sh
# bench/run.sh [REFVIZ] - runs each workload under python3, under refviz
# without recording (--no-trace), and under refviz recording every step
# (--stats, which also reports the trace's size), and prints the times and
# their ratios to python3.  A benchmark, not a test: nothing fails on speed.
set -u
cd "$(dirname "$0")" || exit 1
R=${1:-../src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
now() { date +%s.%N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b / (a > 0 ? a : 1e-9) }'; }
printf '%-12s %8s %8s %6s %8s %6s %7s %9s\n' workload python3 refviz ratio traced ratio steps trace
for w in workloads/*.py; do
    t0=$(now); python3 "$w" > /dev/null; t1=$(now)
    "$R" run --no-trace "$w" > /dev/null; t2=$(now)
    stats=$("$R" run --stats --max-steps 0 "$w" 2>&1 > /dev/null); t3=$(now)
    py=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    rv=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.3f", b - a }')
    tr=$(awk -v a="$t2" -v b="$t3" 'BEGIN { printf "%.3f", b - a }')
    steps=$(echo "$stats" | sed -n 's/.*stats: \([0-9]*\) steps.*/\1/p')
    size=$(echo "$stats" | sed -n 's/.* \([0-9.]*\) MiB of trace.*/\1 MiB/p')
    printf '%-12s %8s %8s %6s %8s %6s %7s %9s\n' "$(basename "$w" .py)" "$py" "$rv" \
        "$(ratio "$py" "$rv")" "$tr" "$(ratio "$py" "$tr")" "${steps:--}" "${size:--}"
done
# Drawing the final state of a program holding a 1,000,000-item list.
t0=$(now); "$R" run workloads/million.py --format svg --final -o /tmp/refviz-bench-$$.svg; t1=$(now)
rm -f /tmp/refviz-bench-$$.svg
printf 'final SVG of a 1,000,000-item list: %s s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
