#!/bin/sh
# bench/tracer.sh - CPU time of refviz's CPython engine (share/tracer/
# refviz_trace.py) in its two formats, and of the oracle
# (tests/oracle/cpython_trace.py) writing the same trace, on loop-heavy
# programs small enough for the oracle: bench/workloads' loops cut down,
# and the loops-and-memory lesson.  A benchmark, not a test.
#     sh bench/tracer.sh [--no-oracle]
set -u
cd "$(dirname "$0")/.." || exit 1
PY=${PYTHON3:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/refviz-bench.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 1; }
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/loop_arith.py" <<'PY'
total = 0
i = 0
while i < 3000:
    total += i * i % 7
    i += 1
print(total)
PY
cat > "$tmp/dict_words.py" <<'PY'
counts = {}
for i in range(2000):
    k = "w" + str(i % 100)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts["w7"])
PY
cat > "$tmp/big_heap.py" <<'PY'
data = [str(i) for i in range(2000)]
lengths = {}
i = 0
while i < 300:
    lengths[i % 10] = len(data[i])
    i += 1
print(len(lengths))
PY
cp lessons/loops-and-memory.py "$tmp/"
cpu() { "$PY" bench/cputime.py "$@"; }
printf '%-18s %8s %8s %8s %s\n' program stream json oracle "(CPU seconds)"
for w in loop_arith dict_words big_heap loops-and-memory; do
    s=$(cpu "$PY" share/tracer/refviz_trace.py --format stream "$tmp/$w.py")
    j=$(cpu "$PY" share/tracer/refviz_trace.py "$tmp/$w.py")
    o=-
    [ "${1:-}" = --no-oracle ] || o=$(cpu "$PY" tests/oracle/cpython_trace.py "$tmp/$w.py")
    printf '%-18s %8s %8s %8s\n' "$w" "$s" "$j" "$o"
done
