# A deque: appends and pops at both ends.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d)  # expect: deque([0, 1, 2, 3, 4])
print(d.pop(), d.popleft())  # expect: 4 0
print(d, len(d))  # expect: deque([1, 2, 3]) 3
