lst = []
lst[0] = 1  # expect-error: IndexError: list assignment index out of range
