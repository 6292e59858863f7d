#!/bin/sh
# Diagrams of every lesson: each step renders to SVG (parsed as XML, one
# node per frame and per drawn object, one edge per drawn reference, counted
# against the JSON trace), PNG and PDF in-process; the README's step exists.
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvdiag.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
for py in lessons/*.py; do
    name=$(basename "$py" .py)
    "$R" lesson "$py" --format svg -o "$tmp/$name" 2> "$tmp/err" || { echo "FAIL: $name svg"; cat "$tmp/err"; fail=1; continue; }
    "$R" lesson "$py" --format json --max-output 0 -o "$tmp/$name.json" || { echo "FAIL: $name json"; fail=1; continue; }
    "$R" lesson "$py" --format png -o "$tmp/$name-png" || { echo "FAIL: $name png"; fail=1; }
    [ "$(ls "$tmp/$name-png" | wc -l)" = "$(ls "$tmp/$name" | wc -l)" ] || { echo "FAIL: $name: a PNG per step"; fail=1; }
    "$R" lesson "$py" --format png --final -o "$tmp/$name.png" || { echo "FAIL: $name png"; fail=1; }
    "$R" lesson "$py" --format pdf --step 1 -o "$tmp/$name.pdf" || { echo "FAIL: $name pdf"; fail=1; }
    head -c 8 "$tmp/$name.png" | od -An -c | grep -q 'P   N   G' || { echo "FAIL: $name.png is not a PNG"; fail=1; }
    head -c 5 "$tmp/$name.pdf" | grep -q '%PDF-' || { echo "FAIL: $name.pdf is not a PDF"; fail=1; }
    python3 - "$tmp/$name" "$tmp/$name.json" "$py" <<'PY' || fail=1
import glob, json, sys
import xml.dom.minidom as minidom
d, trace = sys.argv[1], json.load(open(sys.argv[2]))
heap_all = any(l.strip() == "# heap: all" for l in open(sys.argv[3]))
steps = trace["steps"]
files = sorted(glob.glob(d + "/step-*.svg"))
# Each slide names the trace step it shows: "NAME: step N, line L (trace step S)".
import re
shown = []
for f in files:
    title = minidom.parse(f).getElementsByTagName("title")[0].firstChild.data
    m = re.search(r"step (\d+), line (\d+) \(trace step (\d+)\)$", title)
    if not m or int(m.group(1)) != len(shown) + 1 or steps[int(m.group(3))]["line"] != int(m.group(2)):
        print("FAIL: %s: title %r" % (f, title))
        sys.exit(1)
    shown.append(steps[int(m.group(3))])
if not shown or shown[-1] is not steps[-1] and not any(l.strip().endswith("#@") for l in open(sys.argv[3])):
    print("FAIL: %s: the last step is not shown" % d)
    sys.exit(1)
INLINE = {"int", "float", "bool", "NoneType", "str"}
bad = 0
centres, pages = {}, set()
# Ghosts come from the objects of earlier steps: freed ones, and ones alive
# but unreachable (with their references, drawn dashed).
history, ghost_info = {}, {}
for s in steps:
    ghosts = [i for i in s["freed"] if heap_all or history[i]["type"] not in INLINE]
    ghosts += [i for i in s["unreachable"] if heap_all or history[i]["type"] not in INLINE]
    ghost_info[s["step"]] = (ghosts, [i for i in s["unreachable"] if i in ghosts])
    for o in s["objects"]:
        history[o["id"]] = o
for f, s in zip(files, shown):
    objs = {o["id"]: o for o in s["objects"]}
    def inline(o):
        if not heap_all and o["type"] == "module":
            return True
        return not heap_all and o["type"] in INLINE and len(o["repr"].encode()) <= 40
    # The teaching default hides __class__ and lists a class's methods by
    # name: only what the frames reach through shown references is drawn.
    def shown(o):
        return [r for r in o["refs"] if r.get("label") != "__class__" and
                not (o["type"] == "type" and objs[r["ref"]]["type"] == "function")]
    # A stack deeper than 6 shows its first 2 frames, a gap box, its last 3.
    frames = s["frames"] if len(s["frames"]) <= 6 else s["frames"][:2] + s["frames"][-3:]
    gap = 1 if len(s["frames"]) > 6 else 0
    roots = [v["ref"] for fr in frames for v in fr["vars"]]
    roots += [fr["return"] for fr in frames if "return" in fr]
    reached, todo = set(), [i for i in roots if not inline(objs[i])]
    while todo:
        i = todo.pop()
        if i in reached:
            continue
        reached.add(i)
        todo += [r["ref"] for r in shown(objs[i]) if not inline(objs[r["ref"]])]
    drawn = [o for o in s["objects"] if o["id"] in reached]
    refs = sum(1 for o in drawn for r in shown(o) if not inline(objs[r["ref"]]))
    refs += sum(1 for fr in frames for v in fr["vars"] if not inline(objs[v["ref"]]))
    # A returning frame's "Return value" row points at what it returns.
    refs += sum(1 for fr in frames if "return" in fr and not inline(objs[fr["return"]]))
    ghosts, unreachable = ghost_info[s["step"]]
    targets = {o["id"] for o in drawn} | set(ghosts)
    refs += len({(g, r["ref"]) for g in unreachable for r in history[g]["refs"] if r["ref"] in targets})
    doc = minidom.parse(f)
    groups = doc.getElementsByTagName("g")
    nodes = sum(1 for g in groups if g.getAttribute("class") == "node")
    edges = sum(1 for g in groups if g.getAttribute("class") == "edge")
    want_nodes = len(drawn) + len(frames) + gap + len(set(ghosts))  # no legend by default
    if nodes != want_nodes or edges != refs:
        print("FAIL: %s: %d nodes, %d edges; the snapshot has %d and %d" % (f, nodes, edges, want_nodes, refs))
        bad = 1
    if not doc.getElementsByTagName("desc") or not doc.getElementsByTagName("title"):
        print("FAIL: %s: no <title>/<desc>" % f)
        bad = 1
    # Stable layout: an object's table has the same top left corner on the
    # page (the canvas is cut to each step's drawing, its top left kept) in
    # every step that shows it.
    root = [g for g in groups if g.getAttribute("class") == "graph"][0]
    m = re.search(r"translate\(([-\d.]+)[ ,]([-\d.]+)\)", root.getAttribute("transform"))
    tx, ty = float(m.group(1)), float(m.group(2))
    for g in groups:
        if g.getAttribute("class") != "node":
            continue
        name = g.getElementsByTagName("title")[0].firstChild.data
        pts = [tuple(map(float, xy.split(","))) for p in g.getElementsByTagName("polygon")
               for xy in p.getAttribute("points").split()]
        if not pts:
            continue
        corner = (min(q[0] for q in pts) + tx, min(q[1] for q in pts) + ty)
        seen = centres.setdefault(name, corner)
        if abs(seen[0] - corner[0]) > 1.5 or abs(seen[1] - corner[1]) > 1.5:
            print("FAIL: %s: %s moved from %r to %r" % (f, name, seen, corner))
            bad = 1
sys.exit(bad)
PY
done
# The shallow-copy step after the append: the inner list is MUTATED and the
# description says both outer lists refer to it.
step=$(ls "$tmp/shallow-copy" | sed -n 6p)
grep -q 'MUTATED' "$tmp/shallow-copy/$step" || { echo "FAIL: shallow-copy step 6 marks the mutation"; fail=1; }
grep -q 'original_list\[0\] and shallow_copy\[0\] refer to it' "$tmp/shallow-copy/$step" \
    || { echo "FAIL: shallow-copy step 6 description"; fail=1; }
# dot -o DIR: a file per step; --json adds the trace beside them.
"$R" lesson shallow-copy --format dot -o "$tmp/dots" --json || { echo "FAIL: dot -o DIR --json"; fail=1; }
[ "$(ls "$tmp/dots" | grep -c '^step-..\.dot$')" = 8 ] || { echo "FAIL: a .dot per step"; ls "$tmp/dots"; fail=1; }
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/dots/trace.json" || { echo "FAIL: trace.json"; fail=1; }
cmp -s "$tmp/dots/step-06.dot" /dev/null && { echo "FAIL: empty dot"; fail=1; }
# Images need somewhere to go.
"$R" lesson shallow-copy --format svg > /dev/null 2>&1
[ $? = 2 ] || { echo "FAIL: --format svg without -o exits 2"; fail=1; }
"$R" lesson shallow-copy --format svg --step 6 -o - | python3 -c 'import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())' \
    || { echo "FAIL: -o - writes the SVG to stdout"; fail=1; }
exit $fail
