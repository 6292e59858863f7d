import weakref
s = frozenset([1])
r = weakref.ref(s)
del s
print(repr(r).endswith('; dead>'))  # expect: True
print(repr(r) == '<weakref at %s; dead>' % hex(id(r)))  # expect: True
