#!/bin/sh
# bench/run.sh [REFVIZ] - runs each workload under python3, under refviz
# without recording (--no-trace), and traced: to the delta format and, for
# the workloads the full format suits, to the JSON trace (both to
# /dev/null); prints CPU times (user + system, measured by cputime.py),
# their ratios, the recorder's memory per step and the delta trace's
# bytes per step on disk.  Then the targets of issue 13 as ratios of this
# one run.  A benchmark, not a test: nothing fails on speed.  Compare the
# ratios, not seconds, between machines.
set -u
cd "$(dirname "$0")" || exit 1
R=${1:-../src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
PY=${PYTHON3:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/refviz-bench.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 1; }
trap 'rm -rf "$tmp"' EXIT
cpu() { "$PY" cputime.py "$@"; }
cpurss() { CPUTIME_RSS=1 "$PY" cputime.py "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b / (a > 0 ? a : 1e-3) }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b > 0 ? a / b : 0) }'; }
# The full JSON trace lists every reachable object at every step: only
# for workloads whose heap stays small.
full_ok() { case $1 in nqueens|nbody|loop_arith|bignum) return 0 ;; esac; return 1; }
printf '%-11s %7s %7s %5s %7s %5s %7s %5s %8s %7s %6s %6s\n' workload python3 notrace \
    ratio delta x-nt json x-nt steps MiB B/step d-B/st
for w in workloads/*.py; do
    name=$(basename "$w" .py)
    [ "$name" = million ] && continue
    py=$(cpu "$PY" "$w" 2> /dev/null)
    nt=$(cpu "$R" run --no-trace "$w" 2> /dev/null)
    "$R" run --stats --max-steps 0 --max-memory 0 "$w" > /dev/null 2> "$tmp/stats"
    steps=$(sed -n 's/.*stats: [0-9]* steps, \([0-9]*\) snapshots.*/\1/p' "$tmp/stats")
    mib=$(sed -n 's/.* \([0-9.]*\) MiB of trace.*/\1/p' "$tmp/stats")
    bps=$(awk -v m="${mib:-0}" -v s="${steps:-0}" 'BEGIN { printf "%.0f", (s > 0 ? m * 1048576 / s : 0) }')
    dl=$(cpu "$R" run --format delta --max-steps 0 --max-memory 0 -o /dev/null "$w" 2> /dev/null)
    "$R" run --format delta --max-steps 0 --max-memory 0 -o "$tmp/d" "$w" 2> /dev/null
    dsz=$(wc -c < "$tmp/d")
    rm -f "$tmp/d"
    js=-; jr=-
    if full_ok "$name"; then
        js=$(cpu "$R" run --format json --max-steps 0 --max-memory 0 --max-output 0 -o /dev/null "$w" 2> /dev/null)
        jr=$(ratio "$nt" "$js")
    fi
    printf '%-11s %7s %7s %5s %7s %5s %7s %5s %8s %7s %6s %6s\n' "$name" "$py" "$nt" \
        "$(ratio "$py" "$nt")" "$dl" "$(ratio "$nt" "$dl")" "$js" "$jr" "${steps:--}" \
        "${mib:--}" "$bps" "$(div "$dsz" "${steps:-0}")"
done
echo
echo "issue 13 targets (this run):"
set -- $(cpurss "$R" run --format delta --max-steps 0 --max-memory 0 -o "$tmp/loop.delta" workloads/loop_sum.py)
lsteps=$(grep -vc '^{"format"\|^{"keyframe"\|^{"end"' "$tmp/loop.delta")
printf '  loop_sum (%s steps) to delta: %s s, %s MiB peak (<= 10 s, <= 1024 MiB; aim 2 s, 256 MiB), %s bytes/step on disk (<= 100)\n' \
    "$lsteps" "$1" "$2" "$(div "$(wc -c < "$tmp/loop.delta")" "$lsteps")"
rm -f "$tmp/loop.delta"
"$R" run --stats --max-steps 0 --max-memory 0 workloads/loop_sum.py > /dev/null 2> "$tmp/stats"
sed -n 's/.*stats: [0-9]* steps, \([0-9]*\) snapshots.* \([0-9.]*\) MiB of trace.*/\1 \2/p' "$tmp/stats" |
    awk '{ printf "  recorder memory on loop_sum: %.0f bytes/step (<= 64)\n", $2 * 1048576 / $1 }'
nq_nt=$(cpu "$R" run --no-trace workloads/nqueens.py)
nq_js=$(cpu "$R" run --format json --max-steps 0 --max-output 0 -o "$tmp/nq.json" workloads/nqueens.py)
rm -f "$tmp/nq.json"
printf '  n-queens full JSON to a file: %s s, %sx --no-trace (%s s) (a few multiples)\n' "$nq_js" \
    "$(ratio "$nq_nt" "$nq_js")" "$nq_nt"
t=$(cpu "$R" run workloads/million.py --format svg --final -o "$tmp/m.svg")
printf '  final SVG of a 1,000,000-item list: %s s (<= 0.3 s)\n' "$t"
t=$(cpu "$R" run workloads/million.py --format json --final -o "$tmp/m.json")
printf '  its --format json --final: %s s, %s MB (was 6.1 s in the issue)\n' "$t" \
    "$(div "$(wc -c < "$tmp/m.json")" 1000000)"
