result = [3, 1].sort()
a, b = result  # expect-error: TypeError: cannot unpack non-iterable NoneType object
