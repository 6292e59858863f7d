lst = [1]
del lst[1]  # expect-error: IndexError: list assignment index out of range
