# + and * make new arrays, += and *= grow one in place.
from array import array
a = array('i', [1, 2])
print(a + array('i', [3]), a * 2, 2 * a, a * -1)  # expect: array('i', [1, 2, 3]) array('i', [1, 2, 1, 2]) array('i', [1, 2, 1, 2]) array('i')
b = a
b += array('i', [9])
b *= 2
print(a, a is b)  # expect: array('i', [1, 2, 9, 1, 2, 9]) True
