# expandtabs to ten gigabytes, of a str, bytes and a bytearray: MemoryError
# at once (refviz filled space by space up to its 2 GiB limit first, for
# minutes), then a tabsize past a C int, CPython's OverflowError.
# hostile-exit: 1
# hostile-stdout: MemoryError MemoryError MemoryError
# hostile-stderr: OverflowError: Python int too large to convert to C int
# hostile-timeout: 10
seen = []
for s in "\t" * 1000, b"\t" * 1000, bytearray(b"\t") * 1000:
    try:
        s.expandtabs(10 ** 7)
    except MemoryError as e:
        seen.append(type(e).__name__)
print(*seen)
"a\tb".expandtabs(2 ** 62)
