# Replacing an item is no mutation for the iterator; reversed() too.
from collections import deque
d = deque([1, 2, 3])
it = iter(d)
print(next(it))  # expect: 1
d[1] = 20
print(list(it))  # expect: [20, 3]
print(list(reversed(d)))  # expect: [3, 20, 1]
print(type(it).__name__, type(reversed(d)).__name__)  # expect: _deque_iterator _deque_reverse_iterator
