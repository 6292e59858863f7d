#!/bin/sh
# Weak references in the trace: the weakref's reference to its referent is
# marked "weak" in the JSON, dashed in DOT and "(weak)" in the text; it does
# not count in the referent's refcount, and it does not keep an object
# listed: a referent that only the weak edge reaches is gone from the
# objects (here: freed).
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvweak.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

cat > "$tmp/w.py" <<'PY'
import weakref
s = {1, 2}
r = weakref.ref(s)
t = s
del t
del s
PY
"$R" run --format json -o "$tmp/t.json" "$tmp/w.py" || { echo "FAIL: json run"; fail=1; }

python3 - "$tmp/t.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)
steps = t["steps"]
def state(step):
    objs = {o["id"]: o for o in step["objects"]}
    ref = {v["name"]: v["ref"] for v in step["frames"][0]["vars"]}
    return objs, ref
# After `t = s` (step of line 4): refcount 2 (s and t), not 3.
objs, ref = state([s for s in steps if s["line"] == 4][0])
w, st = objs[ref["r"]], objs[ref["s"]]
check(w["type"] == "ReferenceType" and w["size"] == 80, "weakref object %r" % w)
check(w["refs"] == [{"label": "referent", "ref": st["id"], "weak": True}], "weak ref %r" % w["refs"])
check(st["refcount"] == 2, "referent refcount ignores the weak edge (got %r)" % st["refcount"])
check(all("weak" not in r for r in st["refs"]), "strong refs carry no weak flag")
# After `del s`: freed, and the weakref's repr says dead.
last = steps[-1]
objs, ref = state(last)
check(st["id"] in last["freed"], "referent freed")
check(st["id"] not in objs, "not listed through the weak edge")
w = objs[ref["r"]]
check(w["refs"] == [] and w["repr"].endswith("; dead>"), "dead weakref %r" % w)
check(w["change"] == "mutated", "the weakref changed when its referent died")
PY

"$R" run --format dot --step 3 "$tmp/w.py" > "$tmp/w.dot" || { echo "FAIL: dot run"; fail=1; }
grep -q 'style=dashed' "$tmp/w.dot" || { echo "FAIL: no dashed edge in DOT"; fail=1; }
"$R" run --format text --step 4 "$tmp/w.py" > "$tmp/w.txt" || { echo "FAIL: text run"; fail=1; }
grep -q '\.referent -> #[0-9]* (weak)' "$tmp/w.txt" || { echo "FAIL: no (weak) in text"; cat "$tmp/w.txt"; fail=1; }
grep -q 'set, refcount 2,' "$tmp/w.txt" || { echo "FAIL: text refcount"; cat "$tmp/w.txt"; fail=1; }
exit $fail
