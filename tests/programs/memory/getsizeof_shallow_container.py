# A dict's size does not depend on the size of its values.
import sys
d1 = {'a': 1}
d2 = {'a': list(range(100))}
print(sys.getsizeof(d1) == sys.getsizeof(d2))  # expect: True
print(sys.getsizeof({}))  # expect: 64
print(sys.getsizeof({'a': 1}), sys.getsizeof({1: 'a'}))  # expect: 184 224
