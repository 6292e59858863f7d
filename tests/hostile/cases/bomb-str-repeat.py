# 'a' * 10**10: MemoryError (CPython may really try).
# hostile-exit: 1
# hostile-stderr: MemoryError
x = 'a' * 10 ** 10
