print(int('12'))  # expect: 12
print(int('abc'))  # expect-error: ValueError: invalid literal for int() with base 10: 'abc'
