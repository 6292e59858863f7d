print('%s' % 'a')  # expect: a
print('%s' % ('a', 'b'))  # expect-error: TypeError: not all arguments converted during string formatting
