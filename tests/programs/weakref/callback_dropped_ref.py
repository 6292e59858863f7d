# A weak reference that dies first never calls its callback.
import weakref
log = []
s = {1}
r = weakref.ref(s, log.append)
del r
del s
print(log)  # expect: []
