# An f-string width CPython would allocate: refviz's MemoryError.
# hostile-exit: 1
# hostile-stderr: MemoryError
x = f'{1:1000000000}'
