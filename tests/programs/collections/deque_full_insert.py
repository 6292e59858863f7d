from collections import deque
d = deque([1, 2], maxlen=2)
d.insert(0, 5)  # expect-error: IndexError: deque already at its maximum size
