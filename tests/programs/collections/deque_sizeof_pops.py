# Popping frees a block once an end leaves it.
import sys
from collections import deque
d = deque(range(130))
print(sys.getsizeof(d))  # expect: 1816
for i in range(2):
    d.popleft()
print(sys.getsizeof(d))  # expect: 1816
for i in range(64):
    d.pop()
print(sys.getsizeof(d))  # expect: 1288
d.rotate(10)
print(sys.getsizeof(d))  # expect: 1288
d.clear()
print(sys.getsizeof(d))  # expect: 760
