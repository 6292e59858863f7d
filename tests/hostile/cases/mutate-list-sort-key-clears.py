# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: [1, 2, 3]
a = [3, 1, 2]
def k(x):
    a.clear()
    return x
a.sort(key=k)
print(a)
