try:
    int('nope')
except ValueError as e:
    print("failed:", e)
    raise KeyError('fallback')
# expect: failed: invalid literal for int() with base 10: 'nope'
# expect-error: KeyError: 'fallback'
