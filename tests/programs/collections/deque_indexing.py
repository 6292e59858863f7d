# Indexing reads, writes and deletes, negative indices count from the end.
from collections import deque
d = deque('abcde')
print(d[0], d[-1], d[2])  # expect: a e c
d[1] = 'B'
d[-2] = 'D'
del d[0]
del d[-1]
print(d)  # expect: deque(['B', 'c', 'D'])
print('c' in d, 'z' in d)  # expect: True False
