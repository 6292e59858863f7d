# An empty list is 56 bytes on 64-bit CPython 3.11.
import sys
print(sys.getsizeof([]))  # expect: 56
a = []
print(sys.getsizeof(a))  # expect: 56
print(sys.getsizeof(list()))  # expect: 56
