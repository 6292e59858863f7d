# tuple is 40 bytes plus 8 per item.
import sys
print(sys.getsizeof(()))  # expect: 40
print(sys.getsizeof((1,)))  # expect: 48
print(sys.getsizeof((1, 2, 3)))  # expect: 64
print(sys.getsizeof(tuple(range(10))))  # expect: 120
