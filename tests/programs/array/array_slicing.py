# Slices of an array are arrays.
from array import array
a = array('i', range(6))
print(a[1:4], a[::2], a[::-1], a[4:1])  # expect: array('i', [1, 2, 3]) array('i', [0, 2, 4]) array('i', [5, 4, 3, 2, 1, 0]) array('i')
b = a[:]
b[0] = 99
print(a[0], b[0], type(b).__name__)  # expect: 0 99 array
