import weakref
d = weakref.WeakValueDictionary()
a = {1}
b = {2}
d['x'] = a
d['x'] = b
print(d['x'] is b, len(d))  # expect: True 1
del a
print(len(d))  # expect: 1
del d['x']
print(len(d))  # expect: 0
