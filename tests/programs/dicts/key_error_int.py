d = {1: 'one'}
d[2]  # expect-error: KeyError: 2
