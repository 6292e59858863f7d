from collections import deque
deque().popleft()  # expect-error: IndexError: pop from an empty deque
