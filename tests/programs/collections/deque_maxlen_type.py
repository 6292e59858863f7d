from collections import deque
deque([], maxlen='3')  # expect-error: TypeError: an integer is required
