# Dicts keep insertion order; overwriting keeps the position.
d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d)  # expect: {'b': 1, 'a': 2, 'c': 3}
d['b'] = 10
print(d)  # expect: {'b': 10, 'a': 2, 'c': 3}
del d['b']
d['b'] = 20
print(d)  # expect: {'a': 2, 'c': 3, 'b': 20}
print(list(d))  # expect: ['a', 'c', 'b']
