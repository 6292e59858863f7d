from collections import Counter
Counter('a') + {'a': 1}  # expect-error: TypeError: unsupported operand type(s) for +: 'Counter' and 'dict'
