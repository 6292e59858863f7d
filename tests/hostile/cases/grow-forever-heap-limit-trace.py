# A list grown forever, recorded to a delta trace: MemoryError at the
# budget, the steps recorded until then written (big items, so that the
# budget is reached in a few hundred steps under any build).
# hostile-args: run --max-heap 128M --max-steps 0 --format delta -o "$TMP/t.delta" "$CASE"
# hostile-exit: 1
# hostile-stderr-has: MemoryError: refviz's memory limit was reached (--max-heap 128 MiB)
# hostile-timeout: 120
a = []
while True:
    a.append(bytearray(10**6))
