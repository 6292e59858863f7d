#!/bin/sh
# functools.lru_cache in the JSON trace: the wrapper's references are the
# cached results, labelled by their arguments in recency order (least
# recent first) after __wrapped__; a cache hit creates no frame, so only
# misses produce `call` events; eviction and cache_clear free results.
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvlru.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

cat > "$tmp/fib.py" <<'PY'
from functools import lru_cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

x = fib(5)
y = fib(5)
big = fib(60)
info = fib.cache_info()
fib.cache_clear()
PY
"$R" run --format json -o "$tmp/fib.json" "$tmp/fib.py" || { echo "FAIL: run fib.py"; fail=1; }
python3 - "$tmp/fib.json" <<'PY' || fail=1
import json, sys
t = json.load(open(sys.argv[1]))
steps = t["steps"]
def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)
def objects(step):
    return {o["id"]: o for o in step["objects"]}
def var(step, name):
    return [v["ref"] for v in step["frames"][0]["vars"] if v["name"] == name][0]

# A statement's step comes after the events of the calls it makes.
calls_of = {}
pending = 0
for s in steps:
    if s["event"] == "call":
        pending += 1
    elif s["event"] == "step":
        calls_of[s["line"]] = pending
        pending = 0
# fib(5): one call per argument 5, 4, 3, 2, 1, 0; the hits make none.
check(calls_of[7] == 6, "fib(5) makes 6 calls, got %d" % calls_of[7])
check(calls_of[8] == 0, "the hit fib(5) on line 8 makes no call")
# fib(60) computes 60 down to 6 only: 55 calls.
check(calls_of[9] == 55, "fib(60) makes 55 calls, got %d" % calls_of[9])

after_y = [s for s in steps if s["event"] == "step" and s["line"] == 8][0]
objs = objects(after_y)
w = objs[var(after_y, "fib")]
check(w["type"] == "_lru_cache_wrapper" and w["size"] == 168, "wrapper %r" % w)
check(w["repr"].startswith("<functools._lru_cache_wrapper object at 0x"), "wrapper repr")
labels = [r["label"] for r in w["refs"]]
# Hits move an entry to the most recent end, as CPython's list does.
check(labels == ["__wrapped__", "0", "1", "2", "4", "3", "5"], "labels %r" % labels)
res = {r["label"]: objs[r["ref"]] for r in w["refs"]}
check([res[k]["repr"] for k in "012345"] == ["0", "1", "1", "2", "3", "5"], "results")
check(res["__wrapped__"]["type"] == "function", "__wrapped__ is the function")
# 5 is held by the cache, x and y; 1 by the entries for 1 and 2.
check(res["5"]["refcount"] == 3, "fib(5) refcount %r" % res["5"]["refcount"])
check(res["1"]["refcount"] == 2 and res["1"]["id"] == res["2"]["id"], "fib(1) is fib(2)")

# The big result lives only in the cache and big; cache_clear leaves big.
after_info = [s for s in steps if s["event"] == "step" and s["line"] == 10][0]
objs = objects(after_info)
check(objs[var(after_info, "info")]["repr"] ==
      "CacheInfo(hits=60, misses=61, maxsize=128, currsize=61)", "cache_info")
b = objs[var(after_info, "big")]
check(b["refcount"] == 2, "fib(60) in the cache and big: %r" % b["refcount"])
w = objs[var(after_info, "fib")]
check(len(w["refs"]) == 62, "61 results and __wrapped__")
end = steps[-1]
objs = objects(end)
w = objs[var(end, "fib")]
check([r["label"] for r in w["refs"]] == ["__wrapped__"], "cache_clear empties the cache")
check(objs[var(end, "big")]["refcount"] == 1, "big alone holds fib(60) after cache_clear")
fib59 = [o["id"] for o in after_info["objects"] if o.get("value") == 956722026041]
check(fib59 and fib59[0] in end.get("freed", []), "cache_clear frees fib(59)")
PY

# A bounded cache evicts its least recently used entry; the evicted
# result is freed.
cat > "$tmp/evict.py" <<'PY'
import functools
@functools.lru_cache(maxsize=2)
def sq(x):
    return [x * x]
a = sq(1)
b = sq(2)
a = sq(1)
del a
c = sq(3)
PY
"$R" run --format json -o "$tmp/evict.json" "$tmp/evict.py" || { echo "FAIL: run evict.py"; fail=1; }
python3 - "$tmp/evict.json" <<'PY' || fail=1
import json, sys
steps = json.load(open(sys.argv[1]))["steps"]
def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)
def wrapper(step):
    objs = {o["id"]: o for o in step["objects"]}
    ref = [v["ref"] for v in step["frames"][0]["vars"] if v["name"] == "sq"][0]
    return objs, objs[ref]
step = [s for s in steps if s["event"] == "step" and s["line"] == 8][0]
objs, w = wrapper(step)
check([r["label"] for r in w["refs"]] == ["__wrapped__", "2", "1"], "sq(1) hit moves it last")
two = [r["ref"] for r in w["refs"] if r["label"] == "2"][0]
check(objs[two]["refcount"] == 2, "[4] held by b and the cache")
objs, w = wrapper(steps[-1])
check([r["label"] for r in w["refs"]] == ["__wrapped__", "1", "3"], "sq(2) evicted")
one = [r["ref"] for r in w["refs"] if r["label"] == "1"][0]
check(objs[one]["refcount"] == 1 and objs[one]["repr"] == "[1]", "[1] only in the cache")
PY
exit $fail
