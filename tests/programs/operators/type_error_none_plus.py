total = None
total += 1  # expect-error: TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'
