#!/bin/sh
# A final picture is recorded without the plain values it does not show
# (trace/elide.h): drawing a million-item list must not cost recording a
# million ints.  The picture must be exactly the one drawn from a whole
# recording (REFVIZ_ELIDE=0): same items, same "... N more" gaps, same refcounts, at any
# --max-items and --heap.
set -u
R=${REFVIZ:-./src/refviz}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/refviz-elided.XXXXXX") || { echo "FAIL: mktemp"; exit 1; }
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
same() { # NAME CODE [OPTIONS...]: the elided picture is the whole one
    name=$1 code=$2
    shift 2
    n=$((n + 1))
    for f in dot text; do
        "$R" run -c "$code" --final --format $f -o "$tmp/a$n.$f" "$@" 2> "$tmp/err" ||
            { echo "FAIL: $name: exit $?"; cat "$tmp/err"; fail=1; continue; }
        REFVIZ_ELIDE=0 "$R" run -c "$code" --final --format $f -o "$tmp/b$n.$f" "$@" 2> "$tmp/err" ||
            { echo "FAIL: $name (whole): exit $?"; cat "$tmp/err"; fail=1; continue; }
        cmp -s "$tmp/a$n.$f" "$tmp/b$n.$f" ||
            { echo "FAIL: $name: the elided $f differs"; diff "$tmp/a$n.$f" "$tmp/b$n.$f" | head -20; fail=1; }
    done
}
same 'long list' 'data = list(range(100000))'
same 'a shown value also bound to a name' 'data = list(range(100000)); x = data[70000]; y = data[0]'
same 'one value many times' 'data = [5] * 10000 + [6] * 10000; v = data[0]'
same 'rows that are one list' 'rows = [[0] * 3] * 1000'
same 'an object shared by hidden items' 'shared = object(); xs = [[shared] for _ in range(1000)]'
same 'tuple of strings' 't = tuple(str(i) for i in range(5000)); s = t[2500]'
same 'floats and None' 'xs = [i / 7 for i in range(3000)] + [None] * 10 + [True]'
same 'long list in a dict' 'd = {"a": list(range(3000)), "b": 2}'
same 'a list holding itself' 'a = list(range(3000)); a.append(a); a.insert(1500, a)'
same 'nested long lists' 'm = [list(range(i, i + 500)) for i in range(300)]'
same 'a set' 's = set(range(2000))'
same 'heap all' 'data = list(range(3000)); x = data[1000]; y = data[1500]' --heap all
same 'max-items 3' 'data = list(range(3000)); k = data[1]' --max-items 3
same 'max-items 100' 'data = list(range(3000))' --max-items 100
same 'depth limit' 'deep = [[[[[[[list(range(3000))]]]]]]]'
same 'long strings' 'xs = ["x" * 300, "y" * 50] * 500'
same 'garbage cycle' 'import gc
gc.disable()
a = [list(range(3000))]
a.append(a)
del a
b = 1'
same 'function returning' 'def f():
    xs = list(range(3000))
    return xs
r = f()'
# It is elided: a long list records a few dozen states, not 100,000;
# the whole recording has them all.
REFVIZ_ELIDE=0 "$R" run -c 'data = list(range(3000))' --final --format svg -o "$tmp/w.svg" --stats 2> "$tmp/err"
states=$(sed -n 's/.* snapshots, \([0-9]*\) object states.*/\1/p' "$tmp/err")
[ "${states:-0}" -gt 3000 ] || { echo "FAIL: REFVIZ_ELIDE=0 recorded only ${states:-?} states"; fail=1; }
"$R" run -c 'data = list(range(100000))' --final --format svg -o "$tmp/m.svg" --stats 2> "$tmp/err"
states=$(sed -n 's/.* snapshots, \([0-9]*\) object states.*/\1/p' "$tmp/err")
[ "${states:-999999}" -lt 1000 ] || { echo "FAIL: a 100,000-item list's final svg recorded ${states:-?} states"; fail=1; }
# A trace is never elided.
"$R" run -c 'data = list(range(3000))' --final --format json --stats -o "$tmp/t.json" 2> "$tmp/err"
states=$(sed -n 's/.* snapshots, \([0-9]*\) object states.*/\1/p' "$tmp/err")
[ "${states:-0}" -gt 3000 ] || { echo "FAIL: --format json --final recorded only ${states:-?} states"; fail=1; }
exit $fail
