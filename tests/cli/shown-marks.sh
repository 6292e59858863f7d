#!/bin/sh
# A shown step after hidden ones marks what changed since the step shown
# before it (the one the reader saw last), not since the step recorded
# before it: objects new or mutated, cells set, objects freed, names
# (re)bound (DOT's `name *`), and the text's "what changed".  --step N
# shows a step marked as it is among all the shown steps.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvmarks.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
# step2 NAME CODE: the text of the second shown step of CODE (#@ marked).
step2() {
    printf "$2" > "$tmp/$1.py"
    "$R" run "$tmp/$1.py" --format text | sed -n '/^Step 2 /,$p' > "$tmp/$1.txt"
}
has() { # name regex what
    grep -q -- "$2" "$tmp/$1.txt" || { echo "FAIL: $3"; cat "$tmp/$1.txt"; fail=1; }
}
hasnt() {
    if grep -q -- "$2" "$tmp/$1.txt"; then echo "FAIL: $3"; cat "$tmp/$1.txt"; fail=1; fi
}

# A list made in a hidden step and appended to in the shown one is new.
step2 created 'xs = None  #@\nxs = []\nxs.append(1)  #@\n'
has created '^xs now refers to a new list #[0-9]*\.$' "a name bound in a hidden step is described"
has created 'list, refcount 1, 88 bytes  \[new\]$' "a list created in a hidden step is new"
hasnt created 'mutated' "a list created in a hidden step is not mutated"

# Names rebound by a hidden loop.
step2 loop 'n = 0  #@\nfor i in range(3):\n    n += i\nprint(n)  #@\n'
has loop '^n now refers to int 3\.$' "a name rebound in a loop's hidden steps"
has loop '^i now refers to int 2\.$' "a loop variable bound in hidden steps"
"$R" run "$tmp/loop.py" --format dot --step 2 > "$tmp/loop.dot"
grep -q 'ALIGN="RIGHT">n \*</TD>' "$tmp/loop.dot" && grep -q 'ALIGN="RIGHT">i \*</TD>' "$tmp/loop.dot" \
    || { echo "FAIL: DOT marks names rebound in hidden steps"; fail=1; }

# A cell set in a hidden step is the changed cell; the other one is not.
step2 cell 'a = [0, 0]  #@\na[1] = 5\nx = 1  #@\n'
has cell 'list, refcount 1, 72 bytes  \[mutated\]$' "a list changed in a hidden step is mutated"
has cell '^    \[1\] 5  (changed)$' "the cell set in a hidden step is marked"
hasnt cell '^    \[0\] 0  (changed)$' "a cell not set is not marked"
has cell '^list #[0-9]* was changed in place\.$' "the change in place is described"

# An append undone by a pop before the shown step changed nothing.
step2 undone 'a = [1]  #@\na.append(2)\na.pop()\nx = 1  #@\n'
hasnt undone 'mutated' "a list changed and changed back in hidden steps is not mutated"

# Freed in a hidden step: named (and drawn as a ghost); an object born
# and freed in the hidden steps was never seen, so it is not.
step2 freed 'a = [1]  #@\na = None\nx = 1  #@\n'
has freed '^list #[0-9]* was freed\.$' "an object freed in a hidden step is named"
"$R" run "$tmp/freed.py" --format dot --step 2 | grep -q 'list #[0-9]* &#183; freed' \
    || { echo "FAIL: an object freed in a hidden step is a ghost"; fail=1; }
step2 unseen 'x = 0  #@\nt = [1]\ndel t\ny = 1  #@\n'
hasnt unseen 'freed' "an object born and freed in hidden steps is not named"

# A second call of f is a new frame: its names are all bound anew, even
# to the objects the first call's frame had.
printf 'def f(x):\n    y = x  #@\nf(1)\nf(1)\n' > "$tmp/calls.py"
"$R" run "$tmp/calls.py" --format dot --step 2 > "$tmp/calls.dot"
grep -q 'ALIGN="RIGHT">x \*</TD>' "$tmp/calls.dot" && grep -q 'ALIGN="RIGHT">y \*</TD>' "$tmp/calls.dot" \
    || { echo "FAIL: names of a new frame of the same function are marked bound"; fail=1; }

# The lesson the issue names: step 10 of mutable-default is the append to
# the list `target = []` made in a hidden step.
"$R" lesson mutable-default --format text --step 10 > "$tmp/md.txt"
grep -q '^target now refers to a new list #[0-9]*\.$' "$tmp/md.txt" \
    || { echo "FAIL: mutable-default step 10 describes target bound"; cat "$tmp/md.txt"; fail=1; }
grep -q 'list, refcount 1, 88 bytes  \[new\]$' "$tmp/md.txt" \
    || { echo "FAIL: mutable-default step 10: the list is new"; fail=1; }
"$R" lesson mutable-default --format dot --step 10 | grep -q 'ALIGN="RIGHT">target \*</TD>' \
    || { echo "FAIL: mutable-default step 10: target is marked rebound"; fail=1; }
# --step N is the Nth step of the whole walk, marks included.
"$R" lesson mutable-default --format text > "$tmp/all.txt"
for n in 4 10 13; do
    "$R" lesson mutable-default --format text --step $n | sed -n '/^Step /,$p' > "$tmp/one.txt"
    awk -v n="$n" '/^Step [0-9]+ of/ { on = ($2 == n) } on' "$tmp/all.txt" > "$tmp/want.txt"
    cmp -s "$tmp/want.txt" "$tmp/one.txt" \
        || { echo "FAIL: --step $n differs from step $n of the walk"; diff "$tmp/want.txt" "$tmp/one.txt" | head; fail=1; }
done
exit $fail
