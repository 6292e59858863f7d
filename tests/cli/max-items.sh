#!/bin/sh
# --max-items at its extremes: 0 and 1 still show a container's first,
# middle and last items; a huge value shows everything (up to the
# diagrams' own bound) without overflowing the cells' buffer.
set -u
R=${REFVIZ:-./src/refviz}
fail=0
prog='a = list(range(10)); b = {i: i for i in range(10)}'
for m in 0 1 3 18446744073709551615; do
    out=$("$R" run -c "$prog" --max-items $m --format text --final 2>&1) || { echo "FAIL: --max-items $m exits $?"; fail=1; }
    case $m in
    0|1|3) echo "$out" | grep -q '\.\.\. 4 more' && echo "$out" | grep -q '\[5\] 5' || { echo "FAIL: --max-items $m: first, middle and last"; fail=1; } ;;
    *) echo "$out" | grep -q '\[9\] 9' || { echo "FAIL: --max-items $m shows item 9"; fail=1; } ;;
    esac
    "$R" run -c "$prog" --max-items $m --format dot --final > /dev/null || { echo "FAIL: dot --max-items $m"; fail=1; }
done
exit $fail
