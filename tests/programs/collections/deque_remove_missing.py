from collections import deque
deque(['a']).remove('b')  # expect-error: ValueError: 'b' is not in deque
