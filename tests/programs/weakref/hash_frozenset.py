# hash(ref) is the referent's hash, remembered after it dies.
import weakref
f = frozenset({1, 2})
r = weakref.ref(f)
h = hash(r)
print(h == hash(f))  # expect: True
del f
print(hash(r) == h)  # expect: True
