import weakref
f = frozenset({1, 2})
r = weakref.ref(f)
del f
hash(r)  # expect-error: TypeError: weak object has gone away
