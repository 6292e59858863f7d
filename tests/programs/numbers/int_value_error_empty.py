int('')  # expect-error: ValueError: invalid literal for int() with base 10: ''
