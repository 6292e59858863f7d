import sys
print(sys.getsizeof(1, 0), sys.getsizeof([], default=5))  # expect: 28 56
print(sys.getsizeof(object=()))  # expect: 40
