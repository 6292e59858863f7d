d = {'a': {}}
d['a']['b']  # expect-error: KeyError: 'b'
