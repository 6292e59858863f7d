# rotate(n) moves items from the right end to the left one.
from collections import deque
d = deque(range(6))
d.rotate()
print(d)  # expect: deque([5, 0, 1, 2, 3, 4])
d.rotate(2)
print(d)  # expect: deque([3, 4, 5, 0, 1, 2])
d.rotate(-3)
print(d)  # expect: deque([0, 1, 2, 3, 4, 5])
d.rotate(13)
print(d)  # expect: deque([5, 0, 1, 2, 3, 4])
deque().rotate(5)
