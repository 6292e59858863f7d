import weakref
a = {1}
b = {2}
d = weakref.WeakValueDictionary({'a': a, 'b': b})
print(sorted(d.keys()))  # expect: ['a', 'b']
print([v is a or v is b for v in d.values()])  # expect: [True, True]
print(sorted(k for k, v in d.items()))  # expect: ['a', 'b']
del a
print(list(d.keys()))  # expect: ['b']
print(d.pop('b') is b, len(d))  # expect: True 0
print(d.pop('b', 'gone'))  # expect: gone
