# Hexadecimal is C's strtod, not Python's float().
print(float('0.0e0'))  # expect: 0.0
print(float('0x10'))  # expect-error: ValueError: could not convert string to float: '0x10'
