# Two names, one deque.
from collections import deque
d = deque([1])
b = d
b.append(2)
print(d, b is d)  # expect: deque([1, 2]) True
c = d.copy()
c.append(3)
print(d, c, c is d)  # expect: deque([1, 2]) deque([1, 2, 3]) False
