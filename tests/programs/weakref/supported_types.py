# Types that accept weak references in CPython 3.11.
import weakref, sys
objs = [set(), frozenset(), len, int, sys, [].append]
refs = [weakref.ref(o) for o in objs]
print([r() is o for r, o in zip(refs, objs)])  # expect: [True, True, True, True, True, True]
g = (i for i in [1])
print(weakref.ref(g)() is g)  # expect: True
