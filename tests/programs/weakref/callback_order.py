# Callbacks run newest first (they follow the plain reference in the list).
import weakref
log = []
s = {1, 2, 3}
plain = weakref.ref(s)
a = weakref.ref(s, log.append)
b = weakref.ref(s, log.append)
c = weakref.ref(s, log.append)
s = None
print(len(log))  # expect: 3
print(log[0] is c, log[1] is b, log[2] is a)  # expect: True True True
