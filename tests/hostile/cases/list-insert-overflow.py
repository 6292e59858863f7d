# list.insert with an index past a C ssize_t.
# hostile-exit: 1
# hostile-stderr: OverflowError: Python int too large to convert to C ssize_t
a = [1]
a.insert(-10 ** 30, 0)
