#!/bin/sh
# tests/tracer/cli.sh - the command line of refviz's CPython engine,
# share/tracer/refviz_trace.py, which refviz's C side depends on: options,
# the trace on another file descriptor, the program's own output, argv,
# tracebacks and exit statuses as python3's, --max-steps stopping the
# program, and stream lines written as soon as each snapshot is taken.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
python=${PYTHON3:-python3}
tracer=$top/share/tracer/refviz_trace.py
if ! "$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    echo "SKIP: $python is not CPython 3.11, which the tracer is written for"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvtracer.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
T() { "$python" "$tracer" "$@"; }
# field FILE EXPR: a Python expression over the JSON document `t`
field() { "$python" -c 'import json, sys; t = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"; }

# Usage errors exit 2; a program that cannot be read, or a trace that
# cannot be written, 3, with refviz_trace's message.
T --format xml p.py > /dev/null 2> err; rc=$?
[ $rc -eq 2 ] && grep -q '^usage: ' err || bad "--format xml: exit $rc"
T > /dev/null 2> err; rc=$?
[ $rc -eq 2 ] || bad "no program: exit $rc"
T missing.py > /dev/null 2> err; rc=$?
[ $rc -eq 3 ] && grep -q '^refviz_trace: error: cannot read missing.py' err || bad "missing program: exit $rc"
echo 'x = 1' > one.py
T --trace-fd 9 one.py > /dev/null 2> err; rc=$?
[ $rc -eq 3 ] && grep -q '^refviz_trace: error: ' err || bad "--trace-fd 9 (closed): exit $rc"

# The program's output: captured for the trace, passed through with
# --echo; the trace on descriptor 3 then.  argv and __file__ as python3's.
cat > prog.py <<'PY'
import sys
print("args", sys.argv[1:], sys.argv[0], __file__ == __import__("os").path.abspath("prog.py"))
print("é", end="")
PY
T --echo --trace-fd 3 prog.py a b 3> trace.json > out 2> err; rc=$?
"$python" prog.py a b > want
[ $rc -eq 0 ] && cmp -s want out && [ ! -s err ] || bad "--echo --trace-fd 3: exit $rc, output $(cat out)"
[ "$(field trace.json 't["steps"][-1]["stdout"] == open("want", encoding="utf-8").read()')" = True ] ||
    bad "the trace's stdout is not the program's output"
T prog.py a b > trace2.json 2> /dev/null
cmp -s trace.json trace2.json || bad "the trace on descriptor 3 differs from the one on stdout"
[ "$(field trace.json 't["source"]["path"], t["source"]["name"]')" = "('prog.py', 'prog')" ] ||
    bad "source.path and source.name"
T --name Lesson prog.py > trace.json
[ "$(field trace.json 't["source"]["name"]')" = Lesson ] || bad "--name"
T -c 'import sys; print(sys.argv)' x y > trace.json
[ "$(field trace.json 't["steps"][-1]["stdout"]')" = "['-c', 'x', 'y']" ] || bad "-c CODE ARGS: argv"

# An uncaught exception: python3's traceback exactly, without the
# tracer's frames, exit 1, and the trace's error.
cat > boom.py <<'PY'
import gc
def f(d):
    return d["z"]
try:
    gc.collect(7)
except ValueError:
    pass
f({})
PY
T boom.py > trace.json 2> err; rc=$?
"$python" boom.py > /dev/null 2> want
[ $rc -eq 1 ] && cmp -s want err || { bad "uncaught exception: exit $rc, stderr:"; diff want err; }
[ "$(field trace.json 't["error"]')" = "{'type': 'KeyError', 'message': \"'z'\", 'line': 3}" ] ||
    bad "the trace's error: $(field trace.json 't["error"]')"
# SystemExit: its code is the exit status; a message goes to stderr.
for code in 'sys.exit(4)' 'sys.exit("bye")' 'sys.exit()' 'raise SystemExit(None)'; do
    printf 'import sys\n%s\n' "$code" > quit.py
    T quit.py > /dev/null 2> err; rc=$?
    "$python" quit.py 2> want; want_rc=$?
    [ $rc -eq $want_rc ] && cmp -s want err || bad "$code: exit $rc (python3 $want_rc)"
done
# A syntax error: python3's message, exit 1, no steps.
printf 'x = (\n' > syn.py
T syn.py > trace.json 2> err; rc=$?
"$python" syn.py 2> want
[ $rc -eq 1 ] && cmp -s want err || { bad "syntax error: exit $rc"; diff want err; }
[ "$(field trace.json 'len(t["steps"]), t["error"]["type"]')" = "(0, 'SyntaxError')" ] || bad "syntax error trace"

# --max-steps stops the program there: nothing after it runs.
cat > loop.py <<'PY'
for i in range(100):
    print(i)
PY
T --echo --trace-fd 3 --max-steps 5 --format stream loop.py 3> stream.jsonl > out; rc=$?
[ $rc -eq 0 ] || bad "--max-steps: exit $rc"
[ "$(tail -n 1 stream.jsonl)" = '{"end":true,"error":null,"steps":5,"stopped":1}' ] ||
    bad "--max-steps: end line $(tail -n 1 stream.jsonl)"
[ "$(cat out)" = "$(printf '0\n1')" ] || bad "--max-steps: the program went on: $(cat out)"
# A one-line loop is one statement that never ends: its repeated lines
# count toward the limit, or it would run for ever.
printf 'n = 0\nwhile True: n += 1\n' > spin.py
timeout 20 "$python" "$tracer" --max-steps 50 --format stream spin.py > stream.jsonl; rc=$?
[ $rc -eq 0 ] || bad "--max-steps, one-line loop: exit $rc"
[ "$(tail -n 1 stream.jsonl)" = '{"end":true,"error":null,"steps":1,"stopped":2}' ] ||
    bad "--max-steps, one-line loop: end line $(tail -n 1 stream.jsonl)"
# A loop of one instruction makes no line events at all: the watchdog
# counts its instructions instead.
timeout 20 "$python" "$tracer" --max-steps 50 --format stream -c 'while True: pass' > stream.jsonl; rc=$?
[ $rc -eq 0 ] || bad "--max-steps, while True: pass: exit $rc"
[ "$(tail -n 1 stream.jsonl)" = '{"end":true,"error":null,"steps":0,"stopped":1}' ] ||
    bad "--max-steps, while True: pass: end line $(tail -n 1 stream.jsonl)"
# --repr-limit cuts reprs.
T --repr-limit 10 -c 'x = list(range(20))' > trace.json
[ "$(field trace.json 't["steps"][0]["objects"][0]["repr"]')" = "[0, 1, ..." ] || bad "--repr-limit 10"

# Stream lines are written as each snapshot is taken: the first arrives
# while the program still waits for its input.
printf 'x = 1\ny = input()\nprint(y)\n' > wait.py
"$python" - "$python" "$tracer" <<'PY' || fail=1
import json, subprocess, sys
p = subprocess.Popen([sys.argv[1], sys.argv[2], "--format", "stream", "wait.py"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
header = json.loads(p.stdout.readline())
first = json.loads(p.stdout.readline())      # blocks if the line were kept back
out, _ = p.communicate(b"hello\n")
lines = [json.loads(x) for x in out.splitlines()]
ok = (header["format"] == "refviz-trace" and first["step"] == 0 and first["line"] == 1
      and lines[-1] == {"end": True, "error": None, "steps": 3, "stopped": None}
      and lines[-2]["stdout"] == "hello\n")
if not ok:
    print("FAIL: stream lines as the snapshots are taken:", header, first, lines)
sys.exit(0 if ok else 1)
PY
exit $fail
