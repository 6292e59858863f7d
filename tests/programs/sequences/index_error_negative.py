lst = [1, 2, 3]
print(lst[-3])  # expect: 1
print(lst[-4])  # expect-error: IndexError: list index out of range
