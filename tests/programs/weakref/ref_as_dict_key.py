import weakref
f = frozenset({1})
g = frozenset({1})
d = {weakref.ref(f): 'f'}
print(d[weakref.ref(g)])  # expect: f
print(weakref.ref(f) in d)  # expect: True
