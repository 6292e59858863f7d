# float, None and range sizes.
import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(1e300))  # expect: 24 24 24
print(sys.getsizeof(None))  # expect: 16
print(sys.getsizeof(range(10)), sys.getsizeof(range(0)))  # expect: 48 48
print(sys.getsizeof(range(10 ** 6)))  # expect: 48
