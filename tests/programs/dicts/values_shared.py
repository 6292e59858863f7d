# The same object can be the value of several keys.
shared = []
d = {'a': shared, 'b': shared}
d['a'].append(1)
print(d)  # expect: {'a': [1], 'b': [1]}
d['b'] = d['b'] + [2]
print(d)  # expect: {'a': [1], 'b': [1, 2]}
print(d['a'] is shared)  # expect: True
