t = (1, 2)
t[1.0]  # expect-error: TypeError: tuple indices must be integers or slices, not float
