from collections import deque
deque().append(1, 2)  # expect-error: TypeError: deque.append() takes exactly one argument (2 given)
