# Calling a weak reference gives its referent, or None once it was freed.
import weakref
s = {1, 2}
r = weakref.ref(s)
print(r() is s)  # expect: True
print(r())  # expect: {1, 2}
del s
print(r())  # expect: None
print(r() is None)  # expect: True
