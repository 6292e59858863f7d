#!/bin/sh
# The delta trace (docs/delta-format.md): `refviz trace expand` of a
# program's --format delta is byte-for-byte its --format json (and jsonl)
# trace, for the golden programs, the lessons and some programs whose
# traces exercise frames, generators, exceptions, weak references and
# output; a cut or foreign file is refused; the memory limit stops a run
# with its trace written.  (REFVIZ_DELTA=1 tests/run-program.sh does the
# expansion check for any program.)
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvdelta.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

# Both cut at the same --max-output (a lesson's full trace is 1.5 GB): the
# cut traces are the same too.
same() { # DIR FILE [run options]: json and expanded delta agree
    dir=$1 file=$2
    shift 2
    (cd "$dir" && "$R" run --engine model --format json --max-output 64M "$@" "$file") > "$tmp/full.json" 2> /dev/null
    (cd "$dir" && "$R" run --engine model --format delta "$@" "$file") > "$tmp/d" 2> /dev/null
    "$R" trace expand --max-output 64M "$tmp/d" > "$tmp/exp.json" 2> "$tmp/exp.err"
    st=$?
    if [ $st -ne 0 ] && ! { [ $st -eq 1 ] && grep -q 'stops after step' "$tmp/exp.err"; }; then
        echo "FAIL: trace expand of $dir/$file ($*)"
        fail=1
    elif ! cmp -s "$tmp/full.json" "$tmp/exp.json"; then
        echo "FAIL: $dir/$file ($*): the expanded delta trace differs from --format json"
        cmp "$tmp/full.json" "$tmp/exp.json"
        fail=1
    fi
}

for py in tests/golden/*.py lessons/*.py; do
    same "$(dirname "$py")" "$(basename "$py")"
done
for py in tests/programs/generators/*.py tests/programs/exceptions/*.py \
    tests/programs/weakref/*.py tests/programs/frames/*.py; do
    [ -f "$py" ] && same "$(dirname "$py")" "$(basename "$py")"
done
same tests/golden "$(basename "$(ls tests/golden/*.py | head -1)")" --final

# jsonl too, and standard input
(cd tests/golden && "$R" run --format jsonl rebind_and_free.py) > "$tmp/full.jsonl"
(cd tests/golden && "$R" run --format delta rebind_and_free.py) | "$R" trace expand -f jsonl - > "$tmp/exp.jsonl"
cmp -s "$tmp/full.jsonl" "$tmp/exp.jsonl" || { echo "FAIL: expanded jsonl differs"; fail=1; }

# a NUL in the output, a program that raises, keyframes (past 10000 steps)
printf 'print("a\\0b")\nx = [1]\nn = 0\nfor i in range(6000):\n    n += i\nx.append(n)\nd = {}\nd[1] = x\nraise KeyError(2)\n' > "$tmp/p.py"
same "$tmp" p.py
grep -q '^{"keyframe":10000,' "$tmp/d" || { echo "FAIL: no keyframe at step 10000"; fail=1; }

# a cut file, a full trace given as a delta one, usage
"$R" run --format delta -c 'x = 1' | head -n 2 > "$tmp/cut"
"$R" trace expand "$tmp/cut" > /dev/null 2> "$tmp/err"
[ $? -eq 3 ] && grep -q "ends before its end line" "$tmp/err" || { echo "FAIL: cut file"; cat "$tmp/err"; fail=1; }
"$R" run --format json -c 'x = 1' > "$tmp/j"
"$R" trace expand "$tmp/j" > /dev/null 2> "$tmp/err"
[ $? -eq 3 ] && grep -q "not a refviz-delta" "$tmp/err" || { echo "FAIL: json as delta"; cat "$tmp/err"; fail=1; }
"$R" trace > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: trace without subcommand"; fail=1; }
"$R" trace expand > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: expand without FILE"; fail=1; }
"$R" trace expand -f svg x > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: expand -f svg"; fail=1; }

# the memory limit: the run stops, says why and how to go on, and the
# trace so far is written
printf 't = 0\nfor i in range(10**6):\n    t += i\n' > "$tmp/loop.py"
"$R" run --format json --max-memory 2M -o "$tmp/lim.json" "$tmp/loop.py" 2> "$tmp/err"
rc=$?
[ $rc -eq 1 ] || { echo "FAIL: memory limit exit status $rc"; fail=1; }
grep -q "memory limit (2 MiB).*--max-memory SIZE" "$tmp/err" || { echo "FAIL: memory limit message"; cat "$tmp/err"; fail=1; }
python3 -c "
import json, sys
t = json.load(open(sys.argv[1]))
assert len(t['steps']) > 1000 and t['error']['type'] == 'limit', t['error']
" "$tmp/lim.json" || { echo "FAIL: the trace before the memory limit"; fail=1; }
"$R" run --format json --max-memory 8X -c 'x = 1' > /dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --max-memory 8X accepted"; fail=1; }
# streamed to a file: past the 100,000 steps other formats stop at by
# default (the tutorial's loop traces with the defaults), and a limit
# still ends the file with its end line
printf 't = 0\nfor i in range(80000):\n    t += i\n' > "$tmp/long.py"
"$R" run --format delta -o "$tmp/long.delta" "$tmp/long.py" 2> "$tmp/err"
[ $? -eq 0 ] && tail -n 1 "$tmp/long.delta" | grep -q '"error":null' ||
    { echo "FAIL: streamed delta past 100,000 steps"; cat "$tmp/err"; fail=1; }
"$R" run --format delta --max-steps 500 -o "$tmp/cut.delta" "$tmp/long.py" 2> /dev/null
"$R" run --format json --max-steps 500 -o "$tmp/cut.json" "$tmp/long.py" 2> /dev/null
"$R" trace expand "$tmp/cut.delta" | cmp -s - "$tmp/cut.json" ||
    { echo "FAIL: a streamed delta stopped by --max-steps expands to the JSON trace"; fail=1; }

exit $fail
