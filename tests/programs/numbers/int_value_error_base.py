print(int('11', 2))  # expect: 3
print(int('12', 2))  # expect-error: ValueError: invalid literal for int() with base 2: '12'
