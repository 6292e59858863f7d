# pop removes a key and returns its value.
d = {'a': [1], 'b': 2}
v = d['a']
print(d.pop('a') is v)  # expect: True
print(d)  # expect: {'b': 2}
print(d.pop('z', 'missing'))  # expect: missing
d.pop('z')  # expect-error: KeyError: 'z'
