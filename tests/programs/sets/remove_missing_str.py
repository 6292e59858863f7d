s = {'a'}
s.remove('b')  # expect-error: KeyError: 'b'
