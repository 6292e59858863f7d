# dict.fromkeys(range(10**9)) in one statement: ends with exit 3 naming
# --max-heap once past half as much again.
# hostile-args: run --max-heap 64M "$CASE"
# hostile-exit: 3
# hostile-stderr-has: --max-heap
# hostile-timeout: 30
d = dict.fromkeys(range(10 ** 9))
