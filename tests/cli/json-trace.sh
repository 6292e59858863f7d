#!/bin/sh
# The JSON trace against spec/snapshot-format.md: the issue's acceptance
# example, structure, step events, freed/unreachable, jsonl and --final.
# Uses python3's json module to read the trace (skipped without python3).
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvjson.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

code='import copy; a = [[1, 2], [3, 4]]; b = copy.copy(a); b[0].append(5); print(a)'
out=$("$R" run -c "$code")
[ "$out" = "[[1, 2, 5], [3, 4]]" ] || { echo "FAIL: run -c output: $out"; fail=1; }
"$R" run --format json -o "$tmp/t.json" -c "$code" || { echo "FAIL: json run"; fail=1; }

python3 - "$tmp/t.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)
check(t["format"] == "refviz-trace" and t["version"] == 1, "header")
check(t["lesson"] is None and t["error"] is None and t["python"] == "3.11", "lesson/error/python")
steps = t["steps"]
check([s["step"] for s in steps] == list(range(len(steps))), "steps numbered from 0")
last = steps[-1]
check(last["stdout"] == "[[1, 2, 5], [3, 4]]\n", "stdout so far")
check(last["frames"][0]["function"] == "<module>", "module frame")
names = [v["name"] for v in last["frames"][0]["vars"]]
check(names == ["copy", "a", "b"], "vars in binding order: %r" % names)
objs = {o["id"]: o for o in last["objects"]}
ref = {v["name"]: v["ref"] for v in last["frames"][0]["vars"]}
a, b = objs[ref["a"]], objs[ref["b"]]
check(a["id"] != b["id"], "a and b are different lists")
check(a["refs"][0]["ref"] == b["refs"][0]["ref"], "a[0] and b[0] are one object")
inner = objs[a["refs"][0]["ref"]]
check(inner["refcount"] == 2, "a[0] has refcount 2 (got %r)" % inner["refcount"])
check(inner["size"] == 120 and inner["repr"] == "[1, 2, 5]", "a[0] size/repr %r" % inner)
check(a["size"] == 72 and b["size"] == 72, "outer sizes (list display of 2, list.copy)")
check(objs[ref["copy"]]["type"] == "module" and objs[ref["copy"]]["refs"] == [], "module object")
one = [o for o in last["objects"] if o["type"] == "int" and o["value"] == 1][0]
check(one["size"] == 28 and one["mutable"] is False, "int object")
check(last["memory"]["objects"] == len(last["objects"]), "memory count")
check(last["memory"]["bytes"] == sum(o["size"] for o in last["objects"]), "memory bytes")
# Statements sharing a line are one statement for stepping (CPython gives
# one line event): the one-line program has a single snapshot, in which
# every object is new.
check(len(steps) == 1, "one step for one line: %d" % len(steps))
kinds = {o["id"]: o["change"] for o in steps[-1]["objects"]}
check(kinds[inner["id"]] == "new", "change values")
PY

# Events and lines of a multi-line program; freed and unreachable.
cat > "$tmp/p.py" <<'PY'
x = [1, 2]
y = x
del x
x = 5
del y
s = 'ab'
s += 'c'
c = [0]
c.append(c)
del c
import gc
n = gc.collect()
PY
"$R" run --format json -o "$tmp/p.json" "$tmp/p.py" || { echo "FAIL: run p.py"; fail=1; }
python3 - "$tmp/p.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
steps = t["steps"]
def check(cond, what):
    if not cond:
        print("FAIL:", what, json.dumps(steps, indent=1)[:3000])
        sys.exit(1)
lines = [s["line"] for s in steps]
check(lines == list(range(1, 13)), "one step per statement: %r" % lines)
check(all(s["event"] == "step" for s in steps), "events")
lst = [v["ref"] for v in steps[0]["frames"][0]["vars"] if v["name"] == "x"][0]
check(steps[0]["objects"][0]["change"] == "new", "new at first step")
freed_at = [s["line"] for s in steps if lst in s.get("freed", [])]
check(freed_at == [5], "list freed when its last name goes: %r" % freed_at)
ab = [o["id"] for o in steps[5]["objects"] if o.get("value") == "ab"][0]
check(ab in steps[6].get("unreachable", []), "'ab' constant kept alive by the code")
cyc = [v["ref"] for v in steps[8]["frames"][0]["vars"] if v["name"] == "c"][0]
check(cyc in steps[9].get("unreachable", []), "cycle unreachable after del")
check(cyc in steps[11].get("freed", []), "cycle freed by gc.collect")
mut = [o["change"] for o in steps[8]["objects"] if o["id"] == cyc][0]
check(mut == "mutated", "append mutates")
PY

# JSON Lines: a header, then one snapshot per line; --final keeps one.
"$R" run --format jsonl -o "$tmp/p.jsonl" "$tmp/p.py" || fail=1
python3 - "$tmp/p.jsonl" <<'PY' || fail=1
import json, sys
lines = open(sys.argv[1]).read().splitlines()
head = json.loads(lines[0])
assert "steps" not in head and head["format"] == "refviz-trace", head
assert len(lines) == 13, len(lines)
assert all("objects" in json.loads(l) for l in lines[1:])
PY
"$R" run --format json --final -o "$tmp/f.json" "$tmp/p.py" || fail=1
python3 -c "
import json, sys
t = json.load(open('$tmp/f.json'))
assert len(t['steps']) == 1 and t['steps'][0]['line'] == 12, t['steps']
" || { echo "FAIL: --final"; fail=1; }

# An uncaught exception: the trace ends with the exception snapshot.
"$R" run --format json -o "$tmp/e.json" -c 'x = [1]
y = x[3]' 2> "$tmp/err"
[ $? -eq 1 ] || { echo "FAIL: exit status on exception"; fail=1; }
python3 -c "
import json
t = json.load(open('$tmp/e.json'))
assert t['error'] == {'type': 'IndexError', 'message': 'list index out of range', 'line': 2}, t['error']
assert t['steps'][-1]['event'] == 'exception' and t['steps'][-1]['line'] == 2
" || { echo "FAIL: error in trace"; fail=1; }
# A class's own __repr__ never runs while a snapshot is taken: what it
# would print stays out of the trace, and the repr is object's.
"$R" run --format json -o "$tmp/r.json" -c 'class A:
    def __repr__(self):
        print("side effect")
        return "A!"
a = A()
items = [a, a.__repr__]
print(repr(a))' || { echo "FAIL: user __repr__ in a snapshot"; fail=1; }
python3 -c "
import json
t = json.load(open('$tmp/r.json'))
last = t['steps'][-1]
assert last['stdout'] == 'side effect\\nA!\\n', repr(last['stdout'])
reprs = {o['type']: o['repr'] for o in last['objects']}
assert reprs['A'].startswith('<__main__.A object at 0x'), reprs
assert reprs['method'].startswith('<bound method A.__repr__ of <__main__.A object at 0x'), reprs
" || { echo "FAIL: user __repr__ ran during a snapshot"; fail=1; }

# Calls and returns: a call snapshot shows the new frame with its
# arguments; the return snapshot is taken at the return statement.
"$R" run --format json -o "$tmp/c.json" -c 'def add(lst, x):
    lst.append(x)
    return lst
nums = []
add(nums, 1)' || fail=1
python3 -c "
import json
t = json.load(open('$tmp/c.json'))
ev = [(s['event'], s['line'], [f['function'] for f in s['frames']]) for s in t['steps']]
assert ev == [('step', 1, ['<module>']), ('step', 4, ['<module>']),
              ('call', 1, ['<module>', 'add']), ('step', 2, ['<module>', 'add']),
              ('return', 3, ['<module>', 'add']), ('step', 5, ['<module>'])], ev
call = t['steps'][2]
assert [v['name'] for v in call['frames'][1]['vars']] == ['lst', 'x'], call['frames']
objs = {o['id']: o for o in call['objects']}
lst = call['frames'][1]['vars'][0]['ref']
assert lst == call['frames'][0]['vars'][1]['ref'] and objs[lst]['refcount'] == 2
ret = t['steps'][4]
assert ret['frames'][1]['return'] == lst, ret['frames']
assert all('return' not in f for s in t['steps'] for f in s['frames'] if s is not ret), 'return elsewhere'
objs = {o['id']: o for o in ret['objects']}
assert objs[lst]['refcount'] == 3, objs[lst]   # nums, lst and the return value
" || { echo "FAIL: call and return snapshots"; fail=1; }

# The value returned (or yielded) is listed right after the returning
# frame's vars, as if one more variable, also when nothing else holds it;
# jsonl writes it too.
cat > "$tmp/y.py" <<'PY'
def make():
    return [[7]]
def gen():
    yield {'k': 1}
x = make()
g = gen()
d = next(g)
PY
"$R" run --format json -o "$tmp/y.json" "$tmp/y.py" || fail=1
"$R" run --format jsonl -o "$tmp/y.jsonl" "$tmp/y.py" || fail=1
python3 - "$tmp/y.json" "$tmp/y.jsonl" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
rets = [s for s in t['steps'] if s['event'] == 'return']
assert len(rets) == 2, [s['event'] for s in t['steps']]
mk, yl = rets
top = mk['frames'][-1]
assert top['function'] == 'make' and top['vars'] == [], top
objs = mk['objects']
assert [o['repr'] for o in objs[-3:]] == ['[[7]]', '[7]', '7'], objs
assert objs[-3]['id'] == top['return'] and objs[-3]['refcount'] == 1, objs
assert yl['frames'][-1]['function'] == 'gen', yl['frames']
y = [o for o in yl['objects'] if o['id'] == yl['frames'][-1]['return']][0]
assert y['repr'] == "{'k': 1}" and y['refcount'] == 1, y
lines = [json.loads(l) for l in open(sys.argv[2]).read().splitlines()[1:]]
assert [l['frames'][-1].get('return') for l in lines] == \
       [s['frames'][-1].get('return') for s in t['steps']], 'jsonl return'
PY
# --max-output: a full trace of a growing list is quadratic; past the limit
# no step is started, the document stays valid JSON whose error says why,
# the exit status is a limit's (1), and stderr names the option.
printf 'xs = []\nfor i in range(5000):\n    xs.append(i)\n' > "$tmp/grow.py"
"$R" run --format json --max-output 1M -o "$tmp/grow.json" "$tmp/grow.py" 2> "$tmp/grow.err"
st=$?
[ $st -eq 1 ] || { echo "FAIL: --max-output: exit $st, not 1"; fail=1; }
grep -q 'stops after step [0-9]* of 10002: it reached 1 MiB.*--max-output' "$tmp/grow.err" ||
    { echo "FAIL: --max-output message:"; cat "$tmp/grow.err"; fail=1; }
python3 - "$tmp/grow.json" <<'PY' || fail=1
import json, os, sys
t = json.load(open(sys.argv[1]))
assert t['error']['type'] == 'limit' and 'output limit (1 MiB)' in t['error']['message'], t['error']
assert 10 < len(t['steps']) < 10002, len(t['steps'])
# it stops at the first step past the limit, not much later
assert os.path.getsize(sys.argv[1]) < 1.2 * 2**20, os.path.getsize(sys.argv[1])
PY
"$R" run --format jsonl --max-output 1M "$tmp/grow.py" > "$tmp/grow.jsonl" 2> "$tmp/grow.err"
[ $? -eq 1 ] && grep -q 'jsonl trace stops after step' "$tmp/grow.err" ||
    { echo "FAIL: jsonl --max-output"; fail=1; }
"$R" run --format json --max-output 0 "$tmp/grow.py" > "$tmp/grow.json" 2> "$tmp/grow.err" ||
    { echo "FAIL: --max-output 0 is no limit"; cat "$tmp/grow.err"; fail=1; }
"$R" run --format json --max-output 1x "$tmp/grow.py" > /dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --max-output 1x is a usage error"; fail=1; }
exit $fail
