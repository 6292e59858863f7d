d = {'a': 1, 'b': 2}
print(d['a'] + d['b'])  # expect: 3
print(d['z'])  # expect-error: KeyError: 'z'
