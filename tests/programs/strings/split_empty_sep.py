print('abc'.split('b'))  # expect: ['a', 'c']
print('abc'.split(''))  # expect-error: ValueError: empty separator
