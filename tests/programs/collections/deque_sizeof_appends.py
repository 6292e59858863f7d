# Appending grows by a block only at a block's end; the ends start at its middle.
import sys
from collections import deque
d = deque()
right = []
for i in range(40):
    d.append(i)
    right.append(sys.getsizeof(d))
print(right[30], right[31], right[32])  # expect: 760 760 1288
d = deque()
left = []
for i in range(40):
    d.appendleft(i)
    left.append(sys.getsizeof(d))
print(left[31], left[32], left[33])  # expect: 760 1288 1288
