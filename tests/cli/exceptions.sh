#!/bin/sh
# Exception handling end to end: the whole stderr of uncaught (chained)
# exceptions against python3's, caret lines included, and the events and lines of a try/except/else/finally program
# (spec/snapshot-format.md: `try:` and `except` lines are steps, a statement
# that raised gets an `exception` snapshot and then a `step` of its own line
# when its frame handles it).
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
command -v python3 > /dev/null 2>&1 || exit 77
src=${top_srcdir:-.}/tests/programs/exceptions
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvexc.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

for p in chained_traceback chained_cause_traceback reraise_uncaught try_finally_uncaught \
         handler_raises_uncaught_context \
         raise_caught_again with_uncaught_traceback; do
    cp "$src/$p.py" "$tmp/"
    (cd "$tmp" && "$R" run "$p.py" > "rv.out" 2> "rv.err")
    (cd "$tmp" && python3 "$p.py" > "py.out" 2> "py.err")
    if ! cmp -s "$tmp/rv.err" "$tmp/py.err" || ! cmp -s "$tmp/rv.out" "$tmp/py.out"; then
        echo "FAIL: $p.py: output differs from python3's"
        diff "$tmp/py.err" "$tmp/rv.err" | head -20
        fail=1
    fi
done

cat > "$tmp/ev.py" <<'PY'
x = [1]
try:
    y = x[5]
except KeyError:
    y = 0
except IndexError as e:
    msg = str(e)
else:
    msg = 'none'
finally:
    x.append(2)
print(msg)
PY
"$R" run --format json -o "$tmp/ev.json" "$tmp/ev.py" > /dev/null || { echo "FAIL: run ev.py"; fail=1; }
python3 - "$tmp/ev.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
got = [(s["event"], s["line"]) for s in t["steps"]]
want = [("step", 1), ("step", 2), ("exception", 3), ("step", 3), ("step", 4),
        ("step", 6), ("step", 7), ("step", 11), ("step", 12)]
if got != want:
    print("FAIL: events", got)
    sys.exit(1)
names = [[v["name"] for v in s["frames"][0]["vars"]] for s in t["steps"]]
# e is bound during its handler and deleted at its end, with the exception.
if names[5] != ["x", "e"] or names[6] != ["x", "msg"]:
    print("FAIL: vars", names)
    sys.exit(1)
exc = [o["id"] for o in t["steps"][5]["objects"] if o["type"] == "IndexError"]
if len(exc) != 1 or exc[0] not in t["steps"][6]["freed"]:
    print("FAIL: the exception is freed when its handler ends")
    sys.exit(1)
PY

# The uncaught case: the finally body runs, then the exception leaves; its
# re-raise at the end of the finally body is no new exception event (CPython's
# RERAISE skips the tracer), so the trace ends with the finally body's step.
printf 'try:\n    a = 1 / 0\nfinally:\n    b = 2\n' > "$tmp/un.py"
"$R" run --format json -o "$tmp/un.json" "$tmp/un.py" 2> /dev/null
[ $? -eq 1 ] || { echo "FAIL: uncaught exit status"; fail=1; }
python3 - "$tmp/un.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
got = [(s["event"], s["line"]) for s in t["steps"]]
if got != [("step", 1), ("exception", 2), ("step", 2)]:
    print("FAIL: uncaught events", got)
    sys.exit(1)
if t["error"]["line"] != 2 or t["error"]["type"] != "ZeroDivisionError":
    print("FAIL: error", t["error"])
    sys.exit(1)
PY
# --final keeps the last snapshot only, even when an exception was handled.
"$R" run --final --format json -o "$tmp/f.json" "$tmp/ev.py" > /dev/null
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["steps"]; sys.exit(not (len(s) == 1 and s[0]["line"] == 12))' "$tmp/f.json" ||
    { echo "FAIL: --final with a handled exception"; fail=1; }
exit $fail
