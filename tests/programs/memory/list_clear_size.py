# clear() and del a[:] free the item array.
import sys
a = list(range(10))
a.clear()
print(sys.getsizeof(a))  # expect: 56
b = [1, 2, 3]
del b[:]
print(sys.getsizeof(b))  # expect: 56
b.append(1)
print(sys.getsizeof(b))  # expect: 88
