# A dict of atomic values is untracked until it gets a container.
import gc
d = {'a': 1, 'b': 'x'}
print(gc.is_tracked(d))  # expect: False
d['c'] = [1]
print(gc.is_tracked(d))  # expect: True
e = {1: {}}
print(gc.is_tracked(e), gc.is_tracked({1: ()}))  # expect: True False
