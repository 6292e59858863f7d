items = []
assert items  # expect-error: AssertionError
