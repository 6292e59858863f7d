# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: [2, 4]
a = [1, 2, 3, 4]
for x in a:
    a.remove(x)
print(a)
