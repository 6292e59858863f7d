# An entry disappears when its value is freed.
import weakref
d = weakref.WeakValueDictionary()
s = {1}
d['k'] = s
print(len(d), list(d))  # expect: 1 ['k']
del s
print(len(d), list(d), 'k' in d, d.get('k'))  # expect: 0 [] False None
