# setdefault inserts the default only when the key is missing.
d = {}
lst = d.setdefault('x', [])
lst.append(1)
print(d)  # expect: {'x': [1]}
print(d.setdefault('x', []) is lst)  # expect: True
print(d.setdefault('y'))  # expect: None
print(d)  # expect: {'x': [1], 'y': None}
groups = {}
for word in ['apple', 'bean', 'avocado', 'beet', 'corn']:
    groups.setdefault(word[0], []).append(word)
print(groups)  # expect: {'a': ['apple', 'avocado'], 'b': ['bean', 'beet'], 'c': ['corn']}
