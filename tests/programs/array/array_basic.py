# An array holds numbers of one machine type.
from array import array
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1])  # expect: array('i', [1, 2, 3]) 3 1 3
print(a.typecode, a.itemsize)  # expect: i 4
print(array('d', [1.0, 2.5]), array('i'), array('d'))  # expect: array('d', [1.0, 2.5]) array('i') array('d')
