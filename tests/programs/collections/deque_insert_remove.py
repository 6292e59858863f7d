# insert, remove, reverse and clear.
from collections import deque
d = deque([1, 2, 3])
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
d.insert(-100, 'w')
print(d)  # expect: deque(['w', 1, 'x', 2, 'y', 3, 'z'])
d.remove('x')
print(d)  # expect: deque(['w', 1, 2, 'y', 3, 'z'])
d.reverse()
print(d)  # expect: deque(['z', 3, 'y', 2, 1, 'w'])
d.clear()
print(d, len(d))  # expect: deque([]) 0
