# A weak reference does not add to the referent's reference count.
import weakref, sys
s = {1}
before = sys.getrefcount(s)
r = weakref.ref(s)
r2 = weakref.ref(s, [].append)
print(sys.getrefcount(s) == before, before)  # expect: True 2
