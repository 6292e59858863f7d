print('%s %s' % ('a',))  # expect-error: TypeError: not enough arguments for format string
