# A bound method in a cycle with its list: alive until gc.collect().
import weakref, gc
gc.collect()
lst = []
m = lst.append
lst.append(m)
r = weakref.ref(m)
del lst, m
print(r() is None)  # expect: False
print(gc.collect())  # expect: 2
print(r() is None)  # expect: True
