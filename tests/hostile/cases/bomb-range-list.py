# list(range(10**10)).
# hostile-exit: 1
# hostile-stderr: MemoryError
x = list(range(10 ** 10))
