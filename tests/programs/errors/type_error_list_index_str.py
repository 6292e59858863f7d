lst = [1, 2]
lst['a']  # expect-error: TypeError: list indices must be integers or slices, not str
