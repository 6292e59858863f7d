# A list grown forever with no step limit: the memory budget stops it
# between statements with a MemoryError naming the limit, exit 1.
# hostile-args: run --max-heap 128M "$CASE"
# hostile-exit: 1
# hostile-stderr-has: MemoryError: refviz's memory limit was reached (--max-heap 128 MiB)
# hostile-timeout: 60
a = []
while True:
    a.append([1])
