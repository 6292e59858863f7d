# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: RuntimeError: deque mutated during iteration
import collections
d = collections.deque([1, 2])
for x in d:
    d.rotate(1)
