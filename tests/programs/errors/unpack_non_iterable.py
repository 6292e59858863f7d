n = 5
a, b = n  # expect-error: TypeError: cannot unpack non-iterable int object
