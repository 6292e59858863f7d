import weakref
s = {1}
r = weakref.ref(s)
del s
print(bool(r), r() is None)  # expect: True True
