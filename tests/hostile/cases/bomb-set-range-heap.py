# set(range(10**9)) in one statement: exit 3 naming --max-heap.
# hostile-args: run --max-heap 64M "$CASE"
# hostile-exit: 3
# hostile-stderr-has: --max-heap
# hostile-timeout: 30
s = set(range(10 ** 9))
