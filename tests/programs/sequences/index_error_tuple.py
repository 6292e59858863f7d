t = (1, 2)
print(t[5])  # expect-error: IndexError: tuple index out of range
