# extend and extendleft (extendleft reverses the order).
from collections import deque
d = deque([1])
d.extend([2, 3])
d.extendleft([0, -1])
print(d)  # expect: deque([-1, 0, 1, 2, 3])
d.extend(d)
print(d)  # expect: deque([-1, 0, 1, 2, 3, -1, 0, 1, 2, 3])
d += (9,)
print(d)  # expect: deque([-1, 0, 1, 2, 3, -1, 0, 1, 2, 3, 9])
