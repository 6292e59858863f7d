# A deque inside itself prints as [...].
from collections import deque
d = deque([1])
d.append(d)
print(d)  # expect: deque([1, [...]])
l = [d]
print(l)  # expect: [deque([1, [...]])]
