# A width CPython would allocate (a gigabyte): refviz's MemoryError.
# hostile-exit: 1
# hostile-stderr: MemoryError
format(1, '1000000000d')
