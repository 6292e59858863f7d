# len counts keys; del removes one.
d = {'a': 1, 'b': 2, 'c': 3}
print(len(d))  # expect: 3
del d['b']
print(len(d), d)  # expect: 2 {'a': 1, 'c': 3}
d[('t', 1)] = None
print(len(d))  # expect: 3
