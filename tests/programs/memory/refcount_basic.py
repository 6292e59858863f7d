# getrefcount counts its own argument as one extra reference.
import sys
a = []
print(sys.getrefcount(a))  # expect: 2
b = a
print(sys.getrefcount(a))  # expect: 3
del b
print(sys.getrefcount(a))  # expect: 2
holder = [a, a]
print(sys.getrefcount(a))  # expect: 4
