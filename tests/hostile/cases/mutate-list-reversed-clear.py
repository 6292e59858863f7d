# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: []
a = [1, 2, 3]
for x in reversed(a):
    a.clear()
    print(x)
print(a)
