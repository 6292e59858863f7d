# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: [1, 2, 3, 1, 2, 3, 1, 2, 1, 2, 3, 1, 2, 3, 1, 2]
a = [1, 2, 3]
def g():
    for x in a:
        a.append(x)
        yield x
        if len(a) > 10:
            return
a[:] = g()
print(a)
