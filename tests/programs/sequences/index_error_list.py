lst = [1, 2, 3]
print(lst[2])  # expect: 3
print(lst[3])  # expect-error: IndexError: list index out of range
