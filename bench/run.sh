#!/bin/sh
# bench/run.sh [REFVIZ] - runs each workload under python3, under refviz
# without recording (--no-trace), and under refviz recording every step
# (--stats, which also reports the trace's size), and prints the CPU times
# (user + system, measured by cputime.py) and their ratios to python3's.
# A benchmark, not a test: nothing fails on speed.  The ratios compare runs
# of one invocation; compare them, not seconds, between machines.
set -u
cd "$(dirname "$0")" || exit 1
R=${1:-../src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
PY=${PYTHON3:-python3}
tmp=$(mktemp "${TMPDIR:-/tmp}/refviz-bench.XXXXXX")
trap 'rm -f "$tmp" "$tmp.svg"' EXIT
cpu() { "$PY" cputime.py "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / (a > 0 ? a : 1e-3) }'; }
printf '%-12s %8s %8s %6s %8s %6s %7s %9s\n' workload python3 refviz ratio traced ratio steps trace
for w in workloads/*.py; do
    py=$(cpu "$PY" "$w" 2> /dev/null)
    rv=$(cpu "$R" run --no-trace "$w" 2> /dev/null)
    tr=$(cpu "$R" run --stats --max-steps 0 "$w" 2> "$tmp")
    steps=$(sed -n 's/.*stats: \([0-9]*\) steps.*/\1/p' "$tmp")
    size=$(sed -n 's/.* \([0-9.]*\) MiB of trace.*/\1 MiB/p' "$tmp")
    printf '%-12s %8s %8s %6s %8s %6s %7s %9s\n' "$(basename "$w" .py)" "$py" "$rv" \
        "$(ratio "$py" "$rv")" "$tr" "$(ratio "$py" "$tr")" "${steps:--}" "${size:--}"
done
# Drawing the final state of a program holding a 1,000,000-item list.
t=$(cpu "$R" run workloads/million.py --format svg --final -o "$tmp.svg")
printf 'final SVG of a 1,000,000-item list: %s s\n' "$t"
