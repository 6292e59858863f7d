# len(range(10**30)): OverflowError, as python3.
# hostile-exit: 1
# hostile-stderr: OverflowError: Python int too large to convert to C ssize_t
print(len(range(10 ** 30)))
