from collections import deque
d = deque([1, 2])
print(d[-2])  # expect: 1
d[2]  # expect-error: IndexError: deque index out of range
