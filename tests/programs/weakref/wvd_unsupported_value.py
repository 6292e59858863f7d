import weakref
d = weakref.WeakValueDictionary()
d['k'] = [1]  # expect-error: TypeError: cannot create weak reference to 'list' object
