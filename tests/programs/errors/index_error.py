items = ['a', 'b']
print(items[1])  # expect: b
print(items[2])  # expect-error: IndexError: list index out of range
