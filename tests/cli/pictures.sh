#!/bin/sh
# The lecture pictures, checked on the drawing: one arrow per reference
# with a head of its own, no text off the canvas, `--step N` drawn as step
# N of the sequence, slides with the code and the narration, a lesson as
# one PDF with a page per step, pages fitted to a projector.
set -u
R=${REFVIZ:-./src/refviz}
command -v python3 > /dev/null 2>&1 || exit 77
cd "${top_srcdir:-.}" || exit 1
G="python3 tests/cli/svg_geometry.py"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvpic.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

# [[0] * 3] * 3: three cells, three arrows, three heads on the one row.
"$R" lesson grid-pitfall --format svg -o "$tmp/grid" || no "grid-pitfall svg"
"$R" lesson grid-pitfall --format json -o "$tmp/grid.json" || no "grid-pitfall json"
row=$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["steps"]
grid = [v["ref"] for f in s[-1]["frames"] for v in f["vars"] if v["name"] == "grid"][0]
objs = {o["id"]: o for o in s[-1]["objects"]}
print("o%d" % objs[grid]["refs"][0]["ref"])' "$tmp/grid.json")
for step in 03 04; do
    $G arrows "$tmp/grid/step-$step.svg" "$row" 3 || no "grid-pitfall step $step: three arrows to $row"
done
"$R" lesson grid-pitfall --heap all --step 3 --format svg -o "$tmp/grid-all.svg" || no "--heap all"
$G arrows "$tmp/grid-all.svg" "$row" 3 || no "grid-pitfall --heap all: three arrows to $row"

# --step N is step N of the sequence, byte for byte; so is --final.
for spec in "grid-pitfall 3" "shallow-copy 6" "function-arguments 8" "linked-structures 4"; do
    set -- $spec
    mkdir -p "$tmp/seq-$1"
    "$R" lesson "$1" --format svg -o "$tmp/seq-$1" || no "$1 svg"
    "$R" lesson "$1" --step "$2" --format svg -o "$tmp/one.svg" || no "$1 --step $2"
    cmp -s "$tmp/one.svg" "$tmp/seq-$1/step-0$2.svg" || no "$1: --step $2 differs from step $2 of the sequence"
done
last=$(ls "$tmp/seq-shallow-copy" | tail -1)
"$R" lesson shallow-copy --final --format svg -o "$tmp/final.svg" || no "--final"
cmp -s "$tmp/final.svg" "$tmp/seq-shallow-copy/$last" || no "--final differs from the last step"

# No text runs off any lesson's canvas, slides included.
for py in lessons/*.py; do
    name=$(basename "$py" .py)
    "$R" lesson "$py" --format svg -o "$tmp/in-$name" || no "$name svg"
    "$R" lesson "$py" --layout slide --format svg -o "$tmp/slide-$name" || no "$name slides"
    $G inside "$tmp/in-$name"/*.svg "$tmp/slide-$name"/*.svg || no "$name: text off the canvas"
done

# A slide has the code (the current line), the narration and the output.
s6="$tmp/slide-shallow-copy/step-06.svg"
$G text "$s6" "shallow_copy[0].append(5)" "Appending through shallow_copy[0] mutates" \
    "Output" "Shallow copy" "step 6 of 8" || no "shallow-copy slide 6 content"
grep -q '<desc>Appending through shallow_copy\[0\]' "$s6" || no "slide <desc> has the narration"
grep -q 'viewBox="0.00 0.00 1440' "$s6" || no "a slide is 1920x1080 px (1440 pt) wide: $(grep -o 'viewBox="[^"]*"' "$s6")"

# A lesson as one PDF, a page per step.
"$R" lesson shallow-copy --layout slide -o "$tmp/lesson.pdf" || no "slides pdf"
pages=$(grep -a -c '/Type /Page$\|/Type /Page[^s]' "$tmp/lesson.pdf")
[ "$pages" = 8 ] || no "lesson.pdf has $pages pages, not 8"

# --fit: a png of the projector's size.
"$R" lesson grid-pitfall --step 3 --fit 1920x1080 -o "$tmp/fit.png" || no "--fit"
size=$(python3 -c 'import struct, sys; d = open(sys.argv[1], "rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$tmp/fit.png")
case $size in 19[12]?x10[78]?) ;; *) no "--fit 1920x1080 gave $size" ;; esac

# Several steps into one image file: a usage error that says what to do,
# and no directory named like a file.
"$R" lesson grid-pitfall -o "$tmp/out.png" 2> "$tmp/err"
[ $? = 2 ] || no "-o out.png with several steps exits 2"
grep -q -- "--step N" "$tmp/err" || no "the message says what to do: $(cat "$tmp/err")"
[ ! -e "$tmp/out.png" ] || no "out.png was created"

# Teaching defaults: no __class__ arrows or method boxes unless asked.
cat > "$tmp/ll.py" <<'PY'
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = Node(1, Node(2))
PY
"$R" run "$tmp/ll.py" --final --format dot > "$tmp/ll.dot" || no "linked list dot"
grep -q '__class__' "$tmp/ll.dot" && no "__class__ drawn by default"
grep -q 'function Node.__init__' "$tmp/ll.dot" && no "a method drawn as a function box by default"
"$R" run "$tmp/ll.py" --final --format dot --show-classes > "$tmp/ll-all.dot" || no "--show-classes"
grep -q '__class__' "$tmp/ll-all.dot" || no "--show-classes draws __class__"
grep -q ' rc ' "$tmp/ll.dot" && no "refcounts in the default detail"
"$R" run "$tmp/ll.py" --final --format dot --detail full | grep -q ' rc ' || no "--detail full has refcounts"
# A dataclass or an Enum is drawn as the program wrote it: its fields, its
# members, its own methods; not the bookkeeping the library keeps in the
# class (Field objects, _member_map_, Enum's __new__), unless asked.
cat > "$tmp/dc.py" <<'PY'
from dataclasses import dataclass, field
from enum import Enum

@dataclass
class Point:
    x: int
    tags: list = field(default_factory=list)

class Color(Enum):
    RED = 1

    def describe(self):
        return self.name

p = Point(1)
c = Color.RED
PY
"$R" run "$tmp/dc.py" --final --engine model --format dot > "$tmp/dc.dot" || no "dataclass dot"
for hidden in __dataclass_fields__ __dataclass_params__ __annotations__ __match_args__ \
        'Field(' _member_map_ _sort_order_ __objclass__ __new__; do
    grep -q "$hidden" "$tmp/dc.dot" && no "library bookkeeping drawn by default: $hidden"
done
for shown in __init__ __repr__ describe RED _value_ _name_ 'class Point' 'enum Color'; do
    grep -q "$shown" "$tmp/dc.dot" || no "dataclass/enum diagram lacks $shown"
done
"$R" run "$tmp/dc.py" --final --engine model --format dot --show-classes > "$tmp/dc-all.dot" ||
    no "dataclass dot --show-classes"
for shown in __dataclass_fields__ _member_map_ __new__; do
    grep -q "$shown" "$tmp/dc-all.dot" || no "--show-classes hides $shown"
done
exit $fail
