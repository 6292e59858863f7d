s = {1, 2}
print(s.union([3]))  # expect: {1, 2, 3}
print(s | [3])  # expect-error: TypeError: unsupported operand type(s) for |: 'set' and 'list'
