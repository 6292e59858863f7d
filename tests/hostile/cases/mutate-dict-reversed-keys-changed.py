# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: {12: 1, 11: 1}
d = {1: 1, 2: 2}
for k in reversed(d):
    print(k)
    del d[k]
    d[k + 10] = 1
print(d)
