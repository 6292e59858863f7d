# 2 ** 10**7 was a minute of schoolbook squaring; 2 ** 10**8 is past what
# refviz builds (MemoryError, docs/differences.md).
# hostile-exit: 1
# hostile-stdout: 10000001
# hostile-stderr: MemoryError
# hostile-timeout: 20
print((2 ** 10**7).bit_length())
x = 2 ** 10**8
