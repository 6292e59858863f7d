# The same loop recorded to a delta trace: MemoryError at the budget, and
# the steps recorded until then are written and expand.
# hostile-args: run --max-heap 128M --max-steps 0 --format delta -o "$TMP/t.delta" "$CASE"
# hostile-exit: 1
# hostile-stderr-has: MemoryError: refviz's memory limit was reached (--max-heap 128 MiB)
# hostile-timeout: 120
a = []
while True:
    a.append([1])
