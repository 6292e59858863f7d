#!/bin/sh
# The JSON traces of tests/golden/*.py and the text walk-through of every
# lesson (tests/golden/lessons/NAME.txt) are byte-exact: any change shows as
# a diff here, to be reviewed and then accepted with `make update-golden`.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvgold.XXXXXX")
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
    want=tests/golden/lessons/$name.txt
    "$R" lesson --format text "$py" > "$tmp/got.txt" 2>/dev/null
    if [ ! -f "$want" ]; then
        echo "FAIL: $want missing (make update-golden)"
        fail=1
    elif ! cmp -s "$want" "$tmp/got.txt"; then
        echo "FAIL: lesson $name text differs from $want:"
        diff "$want" "$tmp/got.txt" | head -30
        fail=1
    fi
done
exit $fail
