from collections import deque
d = deque([1])
print(d.pop())  # expect: 1
d.pop()  # expect-error: IndexError: pop from an empty deque
