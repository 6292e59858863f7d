pair = [1, 2, 3]
x, y = pair  # expect-error: ValueError: too many values to unpack (expected 2)
