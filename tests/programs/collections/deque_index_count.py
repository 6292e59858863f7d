# count, index with start and stop, and the not-found error.
from collections import deque
d = deque('abcab')
print(d.count('a'), d.count('z'))  # expect: 2 0
print(d.index('b'), d.index('b', 2), d.index('a', -2))  # expect: 1 4 3
d.index('c', 3)  # expect-error: ValueError: 'c' is not in deque
