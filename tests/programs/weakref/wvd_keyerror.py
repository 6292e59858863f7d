import weakref
d = weakref.WeakValueDictionary()
s = {1}
d['k'] = s
del s
d['k']  # expect-error: KeyError: 'k'
