# list and tuple traversals visit items from the last one.
import gc
a = [1, 'x', None]
print(gc.get_referents(a))  # expect: [None, 'x', 1]
print(gc.get_referents((3, 4)))  # expect: [4, 3]
print(gc.get_referents())  # expect: []
print(gc.get_referents(1, 'a', 2.5))  # expect: []
