#!/bin/sh
# Every repr in a snapshot is what repr() gives (cut at 200 bytes with
# "..."), also for containers whose items changed under them: the program
# prints name=repr(name) at the end, and the last snapshot must agree.
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvrepr.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
prog="$top_srcdir/tests/trace/reprs.py"
"$R" run --format json -o "$tmp/t.json" "$prog" || { echo "FAIL: run"; exit 1; }
python3 - "$tmp/t.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
last = t["steps"][-1]
objs = {o["id"]: o for o in last["objects"]}
ref = {v["name"]: v["ref"] for v in last["frames"][0]["vars"]}

def cut(text, limit=200):
    data = text.encode()
    if len(data) <= limit:
        return text
    end = limit
    while end > 0 and (data[end] & 0xC0) == 0x80:
        end -= 1
    return data[:end].decode() + "..."

bad = 0
lines = last["stdout"].splitlines()
assert len(lines) >= 17, lines
for line in lines:
    name, _, want = line.partition("=")
    got = objs[ref[name]]["repr"]
    if got != cut(want):
        print("FAIL: %s: snapshot repr %r, repr() %r" % (name, got, cut(want)))
        bad = 1
sys.exit(bad)
PY
