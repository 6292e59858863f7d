# Items are replaced and deleted by index.
from array import array
a = array('q', [1, 2, 3])
a[0] = -5
a[-1] = 30
del a[1]
print(a)  # expect: array('q', [-5, 30])
