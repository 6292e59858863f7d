# int sizes grow by 4 bytes per 30-bit digit.
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1))  # expect: 28 28 28
print(sys.getsizeof(2 ** 30 - 1))  # expect: 28
print(sys.getsizeof(2 ** 30))  # expect: 32
print(sys.getsizeof(2 ** 40))  # expect: 32
print(sys.getsizeof(2 ** 60))  # expect: 36
print(sys.getsizeof(-(2 ** 30)))  # expect: 32
print(sys.getsizeof(2 ** 100))  # expect: 40
print(sys.getsizeof(True), sys.getsizeof(False))  # expect: 28 28
