n = 3
assert n % 2 == 0, f'{n} is odd'  # expect-error: AssertionError: 3 is odd
