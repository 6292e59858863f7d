# A dict cleared while iterating over it.
# hostile-exit: 1
# hostile-stderr: RuntimeError: dictionary changed size during iteration
d = {1: 1, 2: 2}
for k in d:
    d.clear()
