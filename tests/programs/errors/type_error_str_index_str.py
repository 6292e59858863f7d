s = 'abc'
s['a']  # expect-error: TypeError: string indices must be integers, not 'str'
