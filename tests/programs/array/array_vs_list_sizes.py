# An array of ints stores the numbers; a list stores references to int objects.
import sys
from array import array
nums = list(range(1000, 1010))
a = array('i', nums)
print(sys.getsizeof(a), sys.getsizeof(nums))  # expect: 120 136
