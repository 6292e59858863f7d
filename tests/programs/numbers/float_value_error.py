print(float('1.5'))  # expect: 1.5
print(float('abc'))  # expect-error: ValueError: could not convert string to float: 'abc'
