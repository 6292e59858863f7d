#!/bin/sh
# refviz lesson: listing, the walk-through of shallow-copy, step selection,
# and the refusal of names that are not lessons.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvlesson.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # description command...
    what=$1
    shift
    "$@" > "$tmp/out" 2> "$tmp/err"
    echo $? > "$tmp/rc"
}

check list "$R" lesson list
grep -q '^shallow-copy  *Shallow copy$' "$tmp/out" || { echo "FAIL: lesson list"; cat "$tmp/out"; fail=1; }

check walk "$R" lesson shallow-copy
[ "$(cat "$tmp/rc")" = 0 ] || { echo "FAIL: lesson shallow-copy exit $(cat "$tmp/rc")"; fail=1; }
grep -q '^Shallow copy$' "$tmp/out" || { echo "FAIL: title"; fail=1; }
grep -q '^shallow_copy now refers to a new list #[0-9]*\.$' "$tmp/out" || { echo "FAIL: rebinding described"; fail=1; }
grep -q '^list #[0-9]* was changed in place; original_list\[0\] and shallow_copy\[0\] refer to it\.$' "$tmp/out" \
    || { echo "FAIL: the shared inner list is described as mutated"; fail=1; }
grep -q '^>  14    shallow_copy\[0\].append(5)$' "$tmp/out" || { echo "FAIL: current line marked"; fail=1; }
if grep -q "$(printf '\033')" "$tmp/out"; then echo "FAIL: colours when not a terminal"; fail=1; fi

# --step 6 is the append: one step, the inner list marked mutated, shared.
check step "$R" lesson shallow-copy --step 6
[ "$(grep -c '^Step ' "$tmp/out")" = 1 ] || { echo "FAIL: --step shows one step"; fail=1; }
grep -q '^Step 6 of 8, line 14$' "$tmp/out" || { echo "FAIL: --step 6 header"; head -3 "$tmp/out"; fail=1; }
grep -q 'list, refcount 2, 120 bytes  \[mutated\]$' "$tmp/out" || { echo "FAIL: mutated mark"; fail=1; }
check final "$R" lesson shallow-copy --final
grep -q '^Step 8 of 8, line 18$' "$tmp/out" || { echo "FAIL: --final"; fail=1; }
# A call's and a return's step say so (a step finished its line).
check events "$R" lesson function-arguments
grep -q '^Step 4 of 10, line 6  (call)$' "$tmp/out" || { echo "FAIL: a call step says (call)"; fail=1; }
grep -q '^Step 9 of 10, line 17  (return)$' "$tmp/out" || { echo "FAIL: a return step says (return)"; fail=1; }
check toomany "$R" lesson shallow-copy --step 99
[ "$(cat "$tmp/rc")" = 2 ] || { echo "FAIL: --step past the end exits 2"; fail=1; }

# The JSON of a lesson carries its narration; the text is the default.
check json "$R" lesson shallow-copy --format json
grep -q '"lesson"' "$tmp/out" || { echo "FAIL: lesson json"; fail=1; }

# Names that are not lessons are refused, files are not opened.
for bad in ../no-such.py '../../etc/no-such-file' 'a/b' 'x;rm' '' '.hidden' 'shallow-copy.py'; do
    check bad "$R" lesson "$bad"
    rc=$(cat "$tmp/rc")
    if [ "$rc" != 2 ] || ! grep -q '^refviz: error: ' "$tmp/err"; then
        echo "FAIL: lesson name '$bad' not refused (exit $rc)"
        cat "$tmp/err"
        fail=1
    fi
done
check missing "$R" lesson no-such-lesson
grep -q "no lesson named 'no-such-lesson'" "$tmp/err" || { echo "FAIL: missing lesson message"; fail=1; }
# A lesson found through REFVIZ_LESSON_PATH.
mkdir "$tmp/lessons"
printf '# title: Mine\nx = [1]\n' > "$tmp/lessons/mine.py"
REFVIZ_LESSON_PATH="$tmp/lessons" "$R" lesson mine > "$tmp/out" 2>&1 || { echo "FAIL: REFVIZ_LESSON_PATH"; fail=1; }
grep -q '^Mine$' "$tmp/out" || { echo "FAIL: lesson from REFVIZ_LESSON_PATH"; fail=1; }
# refviz run honours #@ markers and #: narration in a plain script.
printf 'xs = []\n#: the first append\nxs.append(1)  #@\nxs.append(2)\nprint(xs)  #@\n' > "$tmp/marked.py"
"$R" run "$tmp/marked.py" --format text > "$tmp/out" 2>&1
[ "$(grep -c '^Step ' "$tmp/out")" = 2 ] || { echo "FAIL: #@ markers in run"; cat "$tmp/out"; fail=1; }
grep -q '^the first append$' "$tmp/out" || { echo "FAIL: narration in run"; fail=1; }
grep -q '^Step 1 of 2, line 3$' "$tmp/out" || { echo "FAIL: the marked line"; fail=1; }
# Narration on a def (plain, decorated, on one line) or a class is shown
# once, with the definition, not at each call (their snapshots take the
# def's line) nor at the returns of a function written on its def line; a
# return statement's narration is shown at each of its returns.
cat > "$tmp/narr.py" <<'PY'
#: about f
def f(x):  #@
    #: about the return
    return [x]  #@
def deco(fn):
    return fn
#: about g
@deco  #@
def g():
    return 1
#: about h
def h(): return 2  #@
#: about C
class C:  #@
    def __init__(self):
        self.v = f(1)
f(2)
g()
g()
h()
h()
C()
PY
"$R" run "$tmp/narr.py" --format text > "$tmp/narr.txt"
[ "$(grep -c '(call)$' "$tmp/narr.txt")" = 6 ] || { echo "FAIL: narration test: the marked defs' calls are shown"; fail=1; }
for what in 'about f' 'about g' 'about h' 'about C'; do
    n=$(grep -c "^$what\$" "$tmp/narr.txt")
    [ "$n" = 1 ] || { echo "FAIL: narration '$what' shown $n times, not once"; fail=1; }
done
[ "$(grep -c '^about the return$' "$tmp/narr.txt")" = 2 ] || { echo "FAIL: a return's narration at each return"; fail=1; }
"$R" run "$tmp/narr.py" --format json > "$tmp/narr.json"
for what in 'about f' 'about g' 'about h'; do
    [ "$(grep -o "\"narration\":\"$what\"" "$tmp/narr.json" | wc -l)" = 1 ] \
        || { echo "FAIL: json: the narration '$what' of a def once"; fail=1; }
done
# Every lesson passes refviz check and prints the same under python3.
for py in lessons/*.py; do
    "$R" check "$py" > "$tmp/out" 2>&1 || { echo "FAIL: refviz check $py"; cat "$tmp/out"; fail=1; }
    # A lesson that imports numpy needs a python3 with NumPy (as in
    # tests/run-program.sh); without one it is checked by refviz alone.
    py3=python3
    if grep -Eq '^[[:space:]]*(import|from)[[:space:]]+numpy' "$py"; then
        py3=${REFVIZ_NUMPY_PYTHON:-/usr/bin/python3}
        "$py3" -c 'import numpy' > /dev/null 2>&1 || { echo "note: $py: no python3 with numpy"; py3=/nonexistent; }
    fi
    if command -v "$py3" > /dev/null 2>&1; then
        "$py3" "$py" > "$tmp/py.out" 2>&1
        "$R" run "$py" > "$tmp/rv.out" 2>&1
        cmp -s "$tmp/py.out" "$tmp/rv.out" || { echo "FAIL: $py prints differently under python3"; diff "$tmp/py.out" "$tmp/rv.out" | head; fail=1; }
    fi
done
# The README's example lesson is a lesson that passes refviz check.
sed -n '/^## Writing a lesson/,/^## /p' README.md | sed -n 's/^    \(.*\)$/\1/p' > "$tmp/readme-lesson.py"
"$R" check "$tmp/readme-lesson.py" > "$tmp/out" 2>&1 || { echo "FAIL: the README's lesson"; cat "$tmp/out"; fail=1; }
# refviz check reports a broken lesson and exits 1.
printf '#: about nothing\nx = 1\nprint(x)  # expect: 2\n' > "$tmp/broken.py"
check broken "$R" check "$tmp/broken.py"
[ "$(cat "$tmp/rc")" = 1 ] || { echo "FAIL: check of a broken lesson exits 1"; fail=1; }
grep -q "no '# title:'" "$tmp/out" || { echo "FAIL: check reports the missing title"; fail=1; }
grep -q "differs from the '# expect:' comments" "$tmp/out" || { echo "FAIL: check reports the output"; fail=1; }
exit $fail
