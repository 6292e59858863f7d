# dict.fromkeys(keys, []) puts one list under every key.
d = dict.fromkeys(['a', 'b', 'c'], [])
d['a'].append(1)
print(d)  # expect: {'a': [1], 'b': [1], 'c': [1]}
print(d['a'] is d['c'])  # expect: True
fixed = {k: [] for k in ['a', 'b']}
fixed['a'].append(1)
print(fixed)  # expect: {'a': [1], 'b': []}
print(dict.fromkeys('xy'))  # expect: {'x': None, 'y': None}
print(dict.fromkeys(range(3), 0))  # expect: {0: 0, 1: 0, 2: 0}
