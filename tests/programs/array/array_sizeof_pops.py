# Popping shrinks the block only after 16 items are gone.
import sys
from array import array
a = array('i', range(40))
print(sys.getsizeof(a))  # expect: 256
for i in range(15):
    a.pop()
print(sys.getsizeof(a))  # expect: 256
a.pop()
print(sys.getsizeof(a))  # expect: 256
