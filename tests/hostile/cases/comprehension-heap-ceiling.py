# One statement that allocates without bound (a comprehension has no
# statement boundary to stop at): past half as much again as the budget,
# refviz ends with exit 3 and says why, instead of exhausting the machine.
# hostile-args: run --max-heap 64M "$CASE"
# hostile-exit: 3
# hostile-stderr-has: would pass the memory limit (64 MiB, --max-heap) in one statement
# hostile-timeout: 60
a = [[i] for i in range(10**9)]
