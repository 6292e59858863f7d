#!/bin/sh
# Recording a trace must not change what a program sees: every program in
# tests/programs/tracemalloc (which measures the model's allocations) prints
# the same with --format json as without a trace.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
python=${PYTHON3:-python3}
command -v "$python" > /dev/null 2>&1 || { echo "SKIP: no python3 to read the traces"; exit 77; }
top=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvcli.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$top/tests/programs/tracemalloc" || exit 1
for prog in *.py; do
    "$R" run "$prog" > "$tmp/plain" 2> /dev/null < /dev/null
    "$R" run "$prog" --format json -o "$tmp/t.json" > /dev/null 2>&1 < /dev/null
    "$python" -c 'import json, sys; s = json.load(open(sys.argv[1]))["steps"]; sys.stdout.write(s[-1]["stdout"] if s else "")' \
        "$tmp/t.json" > "$tmp/traced"
    if ! cmp -s "$tmp/plain" "$tmp/traced"; then
        echo "FAIL: $prog prints differently when traced"
        diff "$tmp/plain" "$tmp/traced" | head -10
        fail=1
    fi
done
exit $fail
