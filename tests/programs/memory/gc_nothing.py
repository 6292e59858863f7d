# Without cycles, reference counting frees everything; gc finds nothing.
import gc
lst = [1, [2, 3]]
del lst
print(gc.collect())  # expect: 0
d = {'a': [1]}
d = None
print(gc.collect())  # expect: 0
