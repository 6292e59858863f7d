from collections import deque
deque([], -1)  # expect-error: ValueError: maxlen must be non-negative
