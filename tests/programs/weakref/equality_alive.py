# Live references compare their referents.
import weakref
a = {1, 2}
b = {2, 1}
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb, ra is rb)  # expect: True False False
b.add(3)
print(ra == rb, ra != rb)  # expect: False True
