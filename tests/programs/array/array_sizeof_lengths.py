# getsizeof: 80 bytes plus the allocated items; a list initializer sizes it exactly.
import sys
from array import array
print([sys.getsizeof(array('i', [0] * n)) for n in range(6)])  # expect: [80, 84, 88, 92, 96, 100]
print(sys.getsizeof(array('d', [1.0] * 10)), sys.getsizeof(array('b', [1] * 10)))  # expect: 160 90
