#!/bin/sh
# The engines: --engine cpython runs python3 under refviz's tracer and its
# trace is the oracle's; --engine auto (run's default) takes the model
# unless the program uses what the model lacks, and then says in one line
# that CPython runs it; without a usable python3 the model's unsupported
# error stands.  Skips (77) without CPython 3.11 or later.
set -u
[ -n "${ENGINE_TRACE:-}" ] && set -x
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
top=${top_srcdir:-.}
top=$(cd "$top" && pwd)
py=${PYTHON3:-python3}
"$py" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info < (3, 11))' 2> /dev/null ||
    { echo "SKIP: no CPython 3.11 or later"; exit 77; }
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvengine.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
oracle="$top/tests/oracle"
is311=$("$py" -c 'import sys; print(int(sys.version_info[:2] == (3, 11)))')

bad() { echo "FAIL: $*"; fail=1; }

cat > uses_re.py <<'PY'
import re
text = "name=Ada, lang=py"
back = dict(re.findall(r"(\w+)=(\w+)", text))
print(back, re.sub(r"\s+", "", text))
PY
cat > plain.py <<'PY'
a = [[1, 2], [3, 4]]
b = a[:]
b[0].append(5)
print(a)
PY

# auto: CPython runs what the model lacks, says so in one line, and the
# output is python3's.
"$R" run uses_re.py > out 2> err
rc=$?
[ $rc -eq 0 ] || bad "auto on import re exited $rc"
"$py" uses_re.py > want
cmp -s want out || { bad "auto on import re: output differs from python3's"; diff want out; }
[ "$(wc -l < err)" -eq 1 ] || { bad "auto: not one line on stderr"; cat err; }
grep -q '^refviz: running on CPython 3\.[0-9]*: the model lacks import re (refviz does not model the module re) at uses_re.py:1$' err ||
    { bad "auto: the takeover line"; cat err; }

# auto on what the model runs: the model, silently.
"$R" run plain.py > out 2> err
[ "$(cat out)" = "[[1, 2, 5], [3, 4]]" ] || bad "auto on a plain program: output"
[ -s err ] && { bad "auto on a plain program wrote to stderr"; cat err; }

# The CPython engine's trace is the oracle's (same contract).
if [ "$is311" = 1 ]; then
    for p in uses_re.py plain.py; do
        "$R" run --engine cpython "$p" --format json > actual.json 2> err || bad "--engine cpython $p --format json"
        "$py" "$oracle/cpython_trace.py" "$p" > expected.json
        "$py" "$oracle/compare.py" expected.json actual.json > cmp.out ||
            { bad "--engine cpython $p: trace differs from the oracle's"; head -5 cmp.out; }
    done
fi

# Every format reads the CPython engine's trace.
"$R" run uses_re.py --format text --no-pager > text.out 2> /dev/null || bad "text of a CPython trace"
grep -q "back now refers to a new dict" text.out || { bad "text of a CPython trace: no 'back now refers to'"; head -40 text.out; }
"$R" run uses_re.py --format svg -o svg 2> /dev/null || bad "svg of a CPython trace"
[ "$(ls svg | wc -l)" -ge 4 ] || bad "svg of a CPython trace: too few steps"
"$R" run uses_re.py --format html -o page.html 2> /dev/null || bad "html of a CPython trace"
grep -q 'back' page.html || bad "html of a CPython trace lacks the variable back"

# input() sends a program to CPython, which reads the terminal as python3.
echo hello | "$R" run -c 'x = input("? "); print(x.upper())' > out 2> err
[ "$(cat out)" = "? HELLO" ] || { bad "input() under auto"; cat out err; }

# Found only while running, before any output: CPython takes over.
cat > late.py <<'PY'
import weakref
class N: pass
n = N()
s = weakref.WeakSet([n])
print(len(s))
PY
"$R" run late.py > out 2> err
[ "$(cat out)" = 1 ] || { bad "runtime takeover: output"; cat out err; }
grep -q '^refviz: running on CPython .*the model lacks weakref.WeakSet at late.py:4$' err ||
    { bad "runtime takeover: the line"; cat err; }
# ... after output: the model's error stands, with a hint.
printf 'print("first")\n' > late2.py
cat late.py >> late2.py
"$R" run late2.py > out 2> err
rc=$?
[ $rc -eq 1 ] || bad "unsupported after output exited $rc"
[ "$(cat out)" = first ] || bad "unsupported after output: output"
grep -q '^refviz: unsupported: weakref.WeakSet (late2.py:5)$' err || { bad "unsupported after output: error"; cat err; }
grep -q '^refviz: note: --engine cpython runs it on CPython$' err || { bad "unsupported after output: hint"; cat err; }

# No python3: the model's error, and why CPython could not run it.
REFVIZ_PYTHON=/nonexistent/python3 "$R" run uses_re.py > out 2> err
rc=$?
[ $rc -eq 1 ] || bad "no python3: auto exited $rc"
grep -q '^refviz: unsupported: import re (refviz does not model the module re) (uses_re.py:1)$' err ||
    { bad "no python3: the unsupported error"; cat err; }
grep -q '^refviz: note: CPython cannot run it instead: no python3 to run it' err || { bad "no python3: the note"; cat err; }
REFVIZ_PYTHON=/nonexistent/python3 "$R" run --engine cpython plain.py > out 2> err
rc=$?
[ $rc -eq 4 ] || bad "--engine cpython without python3 exited $rc, not 4"
grep -q '^refviz: error: --engine cpython: no python3' err || { bad "--engine cpython without python3: message"; cat err; }

# A python3 other than 3.11 is said.
cat > py312 <<EOF
#!/bin/sh
if [ "\$1" = -c ]; then echo cpython 3 12; exit 0; fi
exec "$(command -v "$py")" "\$@"
EOF
chmod +x py312
REFVIZ_PYTHON=$tmp/py312 "$R" run --engine cpython plain.py --format json > /dev/null 2> err
grep -q '^refviz: note: python3 is 3.12: sizes, reprs and steps follow it' err || { bad "the version note"; cat err; }

# Lessons run on the model only.
"$R" lesson shallow-copy --engine cpython > /dev/null 2> err
[ $? -eq 2 ] || bad "lesson --engine cpython is not a usage error"

# The program's exit status, uncaught exceptions and the step limit.
"$R" run --engine cpython -c 'import sys; print("x"); sys.exit(3)' > out 2> err
[ $? -eq 3 ] || bad "sys.exit(3) under CPython"
"$R" run --engine cpython -c '[][0]' --format json > out 2> err
[ $? -eq 1 ] || bad "an uncaught exception under CPython"
tail -n 1 err | grep -q '^IndexError: list index out of range$' || { bad "CPython's traceback"; cat err; }
grep -q '"error":{"type":"IndexError","message":"list index out of range","line":1}' out ||
    { bad "the trace's error under CPython"; tail -c 300 out; }
"$R" run --engine cpython --max-steps 20 -c 'while True: pass' --format json > out 2> err
[ $? -eq 1 ] || bad "--max-steps under CPython"
grep -q '^refviz: stopped after 20 steps at <string>:1' err || { bad "--max-steps message under CPython"; cat err; }
"$R" run --engine cpython plain.py --final --format json > out 2> /dev/null
[ "$(grep -o '"step":' out | wc -l)" -eq 1 ] || bad "--final under CPython keeps more than one snapshot"

# Long traces stream: 20,000 steps in bounded time.
cat > long.py <<'PY'
total = 0
for i in range(10000):
    total += i
print(total)
PY
"$R" run --engine cpython long.py --format jsonl > out 2> err || { bad "a long CPython trace"; cat err; }
[ "$(wc -l < out)" -gt 20000 ] || bad "a long CPython trace has too few snapshots"

# numpy: a program within refviz's model of NumPy stays on the model; one
# using a name the model lacks (np.fft) goes to a python3 with NumPy
# (REFVIZ_PYTHON) before it runs.
np_py=${REFVIZ_NUMPY_PYTHON:-/usr/bin/python3}
if "$np_py" -c 'import numpy' > /dev/null 2>&1; then
    printf 'import numpy as np\na = np.arange(4)\nprint(a[::2] * 2)\n' > np_model.py
    "$R" run np_model.py > out 2> err
    [ "$(cat out)" = "[0 4]" ] || { bad "auto on a modelled numpy program: output"; cat out err; }
    [ -s err ] && { bad "auto on a modelled numpy program wrote to stderr"; cat err; }
    printf 'import numpy as np\nprint(np.arange(3))\nprint(np.fft.fft(np.ones(2)).real)\n' > np_fft.py
    REFVIZ_PYTHON=$np_py "$R" run np_fft.py > out 2> err
    [ "$(cat out)" = "$(printf '[0 1 2]\n[2. 0.]')" ] || { bad "auto on numpy.fft: output"; cat out err; }
    grep -q "^refviz: running on CPython .*the model lacks numpy.fft (refviz's model of NumPy lacks it) at np_fft.py:3$" err ||
        { bad "auto on numpy.fft: the takeover line"; cat err; }
else
    echo "note: $np_py has no numpy: the numpy cases are skipped"
fi

exit $fail
