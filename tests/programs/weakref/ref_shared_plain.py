# weakref.ref(x) without a callback returns the existing plain reference.
import weakref
s = {1}
a = weakref.ref(s)
b = weakref.ref(s)
print(a is b)  # expect: True
c = weakref.ref(s, None)
print(c is a)  # expect: True
log = []
d = weakref.ref(s, log.append)
print(d is a, d == a)  # expect: False True
print(weakref.getweakrefcount(s))  # expect: 2
