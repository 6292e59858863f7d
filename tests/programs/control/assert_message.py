x = -1
print('checking')  # expect: checking
assert x > 0, 'x must be positive'  # expect-error: AssertionError: x must be positive
