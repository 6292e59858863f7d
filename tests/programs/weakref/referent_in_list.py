# The referent lives while a list holds it.
import weakref
s = {1}
keep = [s]
r = weakref.ref(s)
del s
print(r() is keep[0])  # expect: True
keep.clear()
print(r())  # expect: None
