# A cycle of two lists: gc.collect() finds two objects.
import gc
x = []
y = [x]
x.append(y)
del x, y
print(gc.collect())  # expect: 2
