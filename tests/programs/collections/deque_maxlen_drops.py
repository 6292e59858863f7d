# A bounded deque drops items from the other end.
from collections import deque
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)  # expect: deque([2, 3, 4], maxlen=3) 3
d.appendleft('a')
print(d)  # expect: deque(['a', 2, 3], maxlen=3)
d.extend('xy')
print(d)  # expect: deque([3, 'x', 'y'], maxlen=3)
d.extendleft([7, 8])
print(d)  # expect: deque([8, 7, 3], maxlen=3)
print(deque(maxlen=0), deque('abc', 0))  # expect: deque([], maxlen=0) deque([], maxlen=0)
