# A weak reference inside the garbage is garbage too: it is counted.
import gc, weakref
gc.collect()
lst = []
m = lst.append
lst.append(m)
lst.append(weakref.ref(m))
del lst, m
print(gc.collect())  # expect: 3
