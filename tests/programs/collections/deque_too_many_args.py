from collections import deque
deque([1], 2, 3)  # expect-error: TypeError: deque() takes at most 2 arguments (3 given)
