lst = [1, 2, 3]
lst[0:1] = 5  # expect-error: TypeError: can only assign an iterable
