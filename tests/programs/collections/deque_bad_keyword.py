from collections import deque
deque([1], size=3)  # expect-error: TypeError: 'size' is an invalid keyword argument for deque()
