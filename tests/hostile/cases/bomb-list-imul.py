# a *= 10**12.
# hostile-exit: 1
# hostile-stderr: MemoryError
a = [1, 2]
a *= 10 ** 12
