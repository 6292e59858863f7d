d = {'a': 1}
print(d['a'])  # expect: 1
print(d['z'])  # expect-error: KeyError: 'z'
