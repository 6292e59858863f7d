#!/bin/sh
# fuzz/seeds.sh - writes the seed corpora of the libFuzzer targets:
#   seeds.sh SRCDIR REFVIZ OUTDIR
# OUTDIR/run     the test programs, the lessons and the hostile cases
# OUTDIR/lesson  the lessons and the test programs
# OUTDIR/load    traces refviz writes: delta traces (first byte '1') and
#                the CPython tracer's stream (first byte '0'), see
#                fuzz_load.c, of a sample of the test programs
# Inputs over 16 KiB are left out (the targets skip them), and so are the
# hostile cases known to be slow or unbounded (hostile-known,
# hostile-timeout): a seed that times out stalls the fuzzer's start.
set -eu
src=$1
refviz=$2
out=$3
mkdir -p "$out/run" "$out/lesson" "$out/load"
small() { [ "$(wc -c < "$1")" -le 16384 ]; }
n=0
for f in "$src"/tests/programs/*.py "$src"/tests/programs/*/*.py "$src"/lessons/*.py \
         "$src"/tests/hostile/cases/*.py; do
    small "$f" || continue
    ! grep -q '^# hostile-\(known\|timeout\):' "$f" || continue
    n=$((n + 1))
    cp "$f" "$out/run/$n.py"
    case $f in */hostile/*) ;; *) cp "$f" "$out/lesson/$n.py" ;; esac
done
# Traces: every 12th program, a lesson or two, with a small step limit
# (traces of long runs are too big to be seeds).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
tracer=$src/share/tracer/refviz_trace.py
for f in "$src"/tests/programs/*/*.py "$src"/lessons/*.py; do
    i=$((i + 1))
    case $f in */lessons/*) ;; *) [ $((i % 12)) -eq 0 ] || continue ;; esac
    { printf 1; "$refviz" run --engine model --max-steps 40 --format delta "$f" 2>/dev/null; } \
        > "$tmp/t" || true
    small "$tmp/t" && cp "$tmp/t" "$out/load/d$i"
    if command -v python3 >/dev/null; then
        { printf 0; python3 "$tracer" --format stream --max-steps 40 -- "$f" 2>/dev/null; } \
            > "$tmp/t" || true
        small "$tmp/t" && cp "$tmp/t" "$out/load/s$i"
    fi
done
echo "seeds: $(ls "$out/run" | wc -l) programs, $(ls "$out/lesson" | wc -l) lessons," \
     "$(ls "$out/load" | wc -l) traces in $out"
