r = range(3)
r[3]  # expect-error: IndexError: range object index out of range
