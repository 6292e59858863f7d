# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: RuntimeError: dictionary changed size during iteration
import collections
c = collections.Counter("abc")
for k in c:
    c[k + "x"] += 1
