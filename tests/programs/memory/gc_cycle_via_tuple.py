# A list and a tuple in a cycle are two objects.
import gc
t = []
t.append((t,))
del t
print(gc.collect())  # expect: 2
