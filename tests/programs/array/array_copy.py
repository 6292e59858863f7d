# copy.copy and copy.deepcopy both make a new array.
import copy
from array import array
a = array('d', [1.5, 2.5])
b = copy.copy(a)
c = copy.deepcopy(a)
a[0] = 0.0
print(a, b, c, b is a, c is a)  # expect: array('d', [0.0, 2.5]) array('d', [1.5, 2.5]) array('d', [1.5, 2.5]) False False
