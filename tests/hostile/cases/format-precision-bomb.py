# A float precision CPython would allocate: refviz's MemoryError.
# hostile-exit: 1
# hostile-stderr: MemoryError
format(1.5, '.1000000000f')
