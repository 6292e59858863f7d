text = 'abc'
n = int(text)  # expect-error: ValueError: invalid literal for int() with base 10: 'abc'
