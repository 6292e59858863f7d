# Assignment shares the array; a slice copies it.
from array import array
a = array('i', [1])
b = a
b.append(2)
c = a[:]
c.append(3)
print(a, b, c, a is b)  # expect: array('i', [1, 2]) array('i', [1, 2]) array('i', [1, 2, 3]) True
