# (0,) * 10**10.
# hostile-exit: 1
# hostile-stderr: MemoryError
x = (0,) * 10 ** 10
