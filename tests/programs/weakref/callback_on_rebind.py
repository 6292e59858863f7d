# Rebinding the only name frees the set: the callback sees a dead reference.
import weakref
seen = []
s = frozenset({'a'})
r = weakref.ref(s, seen.append)
s = 5
print(seen == [r], r())  # expect: True None
