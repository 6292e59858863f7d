# A cycle still reachable from a name is not garbage.
import gc
a = []
a.append(a)
print(gc.collect())  # expect: 0
b = a
del a
print(gc.collect())  # expect: 0
del b
print(gc.collect())  # expect: 1
