# Changing a deque's length while iterating over it is an error.
from collections import deque
d = deque([1, 2, 3])
for x in d:  # expect-error: RuntimeError: deque mutated during iteration
    print(x)  # expect: 1
    d.append(x)
