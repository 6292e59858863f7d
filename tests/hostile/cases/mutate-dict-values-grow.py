# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: RuntimeError: dictionary changed size during iteration
d = {1: 1}
for v in d.values():
    d[v + 1] = 1
