# A set grown while iterating.
# hostile-exit: 1
# hostile-stderr: RuntimeError: Set changed size during iteration
s = {1}
for k in s:
    s.add(k + 1)
