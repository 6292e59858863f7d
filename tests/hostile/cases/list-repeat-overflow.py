# A list repeated by an int past Py_ssize_t, either sign, in place or not:
# CPython's OverflowError (the model raised MemoryError, or emptied the
# list for a huge negative count).
# hostile-exit: 1
# hostile-stdout: OverflowError OverflowError OverflowError
# hostile-stderr: OverflowError: cannot fit 'int' into an index-sized integer
seen = []
for f in (lambda: [1] * 10 ** 30, lambda: [1] * -10 ** 30, lambda: [] * 10 ** 30):
    try:
        f()
    except Exception as e:
        seen.append(type(e).__name__)
print(*seen)
a = [1]
a *= -10 ** 30
