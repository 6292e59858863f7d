# A display of three or more constants is built from a constant tuple.
import sys
x, y, z = 1, 2, 3
print(sys.getsizeof([1, 2, 3]))  # expect: 88
print(sys.getsizeof([x, y, z]))  # expect: 80
print(sys.getsizeof([1, 2]))  # expect: 72
print(sys.getsizeof([x]))  # expect: 64
print(sys.getsizeof([1, 2, 3, 4, 5]))  # expect: 104
