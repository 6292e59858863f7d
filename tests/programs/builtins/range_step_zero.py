print(list(range(0, 4, 2)))  # expect: [0, 2]
range(0, 4, 0)  # expect-error: ValueError: range() arg 3 must not be zero
