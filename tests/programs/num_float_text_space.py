# White space is allowed around the number, not inside a word.
print(float(' inf '))  # expect: inf
print(float('in f'))  # expect-error: ValueError: could not convert string to float: 'in f'
