# An exponent needs digits: '1e' is not a number.
print(float('1e0'))  # expect: 1.0
print(float('1e'))  # expect-error: ValueError: could not convert string to float: '1e'
