n = 42
iter(n)  # expect-error: TypeError: 'int' object is not iterable
