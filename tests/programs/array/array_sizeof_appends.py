# Appending over-allocates like CPython's array_resize: 4, 8, 16, 25, 34, 46 ...
import sys
from array import array
a = array('b')
sizes = []
for i in range(50):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)  # expect: [84, 84, 84, 84, 88, 88, 88, 88, 96, 96, 96, 96, 96, 96, 96, 96, 105, 105, 105, 105, 105, 105, 105, 105, 105, 114, 114, 114, 114, 114, 114, 114, 114, 114, 124, 124, 124, 124, 124, 124, 124, 124, 124, 124, 134, 134, 134, 134, 134, 134]
