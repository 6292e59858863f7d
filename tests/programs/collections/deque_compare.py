# Deques compare item by item, with deques only.
from collections import deque
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]))  # expect: True True
print(deque([1, 2]) < deque([1, 3]), deque([1]) < deque([1, 0]), deque([2]) >= deque([1, 9]))  # expect: True True True
print(deque([1]) == [1], deque() == deque(maxlen=3))  # expect: False True
deque([1]) < [1]  # expect-error: TypeError: '<' not supported between instances of 'collections.deque' and 'list'
