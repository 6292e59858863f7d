sum([1, 'a'])  # expect-error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
