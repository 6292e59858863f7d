# Once a referent died, a reference equals only itself.
import weakref
a = {1}
b = {1}
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb)  # expect: True
del a
print(ra == rb, ra == ra, ra != rb)  # expect: False True True
