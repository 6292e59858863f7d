n = 1
s = 'a'
print(n + s)  # expect-error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
