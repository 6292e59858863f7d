# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: RuntimeError: dictionary changed size during iteration
d = {1: 1, 2: 2}
for k, v in d.items():
    d.clear()
