# b"".join of 3000 megabyte items: MemoryError before copying (refviz grew
# its buffer until the machine refused and ended with exit 3).
# hostile-exit: 1
# hostile-stderr: MemoryError
# hostile-stdout: ok
# hostile-timeout: 10
try:
    bytearray(b"-").join([b"a" * 10 ** 6] * 3000)
except MemoryError:
    print("ok")
x = b"".join([b"a" * 10 ** 6] * 3000)
