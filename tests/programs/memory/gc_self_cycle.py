# A self-referencing list survives del until the cycle collector runs.
import gc
print(gc.collect())  # expect: 0
a = []
a.append(a)
del a
print(gc.collect())  # expect: 1
print(gc.collect())  # expect: 0
