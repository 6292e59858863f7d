# A dict whose keys are deleted and as many added while iterating: the
# size never changes, but CPython still raises (the model ran on, yielding
# the new keys).
# hostile-exit: 1
# hostile-stderr: RuntimeError: dictionary keys changed during iteration
# hostile-stdout: 2
d = {1: 1, 2: 2}
for k in d:
    print(k)
    del d[k]
    d[k + 10] = 1
print("not reached")
