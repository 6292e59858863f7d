# A deque grown while iterating.
# hostile-exit: 1
# hostile-stderr: RuntimeError: deque mutated during iteration
from collections import deque
q = deque([1])
for x in q:
    q.append(x)
