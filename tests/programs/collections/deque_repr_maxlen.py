# repr shows maxlen when the deque is bounded.
from collections import deque
print(deque())  # expect: deque([])
print(deque('abc'))  # expect: deque(['a', 'b', 'c'])
print(deque([1, 2], maxlen=2))  # expect: deque([1, 2], maxlen=2)
print(deque(range(5), 3))  # expect: deque([2, 3, 4], maxlen=3)
print(deque([1, 2], maxlen=None))  # expect: deque([1, 2])
print(deque([[1], 'x', None, (2,)]))  # expect: deque([[1], 'x', None, (2,)])
