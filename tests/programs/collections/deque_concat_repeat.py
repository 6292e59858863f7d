# +, * and *= make or grow deques.
from collections import deque
a = deque([1, 2])
print(a + deque([3]), a * 2, 3 * deque('x'), a * 0)  # expect: deque([1, 2, 3]) deque([1, 2, 1, 2]) deque(['x', 'x', 'x']) deque([])
b = a
b *= 2
print(a, a is b)  # expect: deque([1, 2, 1, 2]) True
print(deque([1, 2, 3], maxlen=4) * 2)  # expect: deque([3, 1, 2, 3], maxlen=4)
a + [3]  # expect-error: TypeError: can only concatenate deque (not "list") to deque
