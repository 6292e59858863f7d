# A tuple repeated by -10**30: OverflowError, as python3.
# hostile-exit: 1
# hostile-stderr: OverflowError: cannot fit 'int' into an index-sized integer
t = (1, 2) * -10 ** 30
