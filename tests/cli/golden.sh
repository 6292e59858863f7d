#!/bin/sh
# The JSON traces of tests/golden/*.py, the text walk-through and DOT
# graphs of every lesson (tests/golden/lessons/NAME.txt, NAME.dot) and the
# slides of the classroom programs (tests/golden/slides/NAME.dot) are
# byte-exact: any change shows as
# a diff here, to be reviewed and then accepted with `make update-golden`.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvgold.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
for py in tests/golden/*.py; do
    want=${py%.py}.json
    (cd tests/golden && "$R" run --format json "$(basename "$py")") > "$tmp/got.json" 2>/dev/null
    if [ ! -f "$want" ]; then
        echo "FAIL: $want missing (make update-golden)"
        fail=1
    elif ! cmp -s "$want" "$tmp/got.json"; then
        echo "FAIL: $py trace differs from $want:"
        diff "$want" "$tmp/got.json" | head -30
        fail=1
    fi
done
for py in lessons/*.py; do
    name=$(basename "$py" .py)
    for fmt in txt dot; do
        want=tests/golden/lessons/$name.$fmt
        "$R" lesson --format "$( [ $fmt = txt ] && echo text || echo dot )" "$py" > "$tmp/got" 2>/dev/null
        if [ ! -f "$want" ]; then
            echo "FAIL: $want missing (make update-golden)"
            fail=1
        elif ! cmp -s "$want" "$tmp/got"; then
            echo "FAIL: lesson $name $fmt differs from $want:"
            diff "$want" "$tmp/got" | head -30
            fail=1
        fi
    done
done
# The classroom programs' slides (tests/golden/slides): the graphs, code
# panels and titles of every step, as dot.
for py in tests/golden/slides/*.py; do
    want=${py%.py}.dot
    (cd tests/golden/slides && "$R" run --layout slide --format dot "$(basename "$py")") > "$tmp/got" 2>/dev/null
    if [ ! -f "$want" ]; then
        echo "FAIL: $want missing (make update-golden)"
        fail=1
    elif ! cmp -s "$want" "$tmp/got"; then
        echo "FAIL: slides of $py differ from $want:"
        diff "$want" "$tmp/got" | head -30
        fail=1
    fi
done
exit $fail
