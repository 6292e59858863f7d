a = 'abc'
b = 'c'
print(a - b)  # expect-error: TypeError: unsupported operand type(s) for -: 'str' and 'str'
