# A list extended by itself forever under a small heap budget: stopped
# with a clear message (MemoryError between statements, or exit 3 naming
# --max-heap inside one), never the machine.
# hostile-args: run --max-heap 64M "$CASE"
# hostile-exit: 3
# hostile-stderr-has: --max-heap
# hostile-timeout: 30
x = [0]
while True:
    x.extend(x)
