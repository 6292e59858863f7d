# The callback receives the (now dead) weak reference.
import weakref
log = []
s = {1}
r = weakref.ref(s, log.append)
print(log)  # expect: []
del s
print(len(log), log[0] is r, log[0]())  # expect: 1 True None
