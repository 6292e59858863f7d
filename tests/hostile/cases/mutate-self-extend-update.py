# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: [1, 1, 2, 1, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 1, 2] {1: 1} {1}
a = [1, 2]
a.extend(a)
a += a
a[1:1] = a
d = {1: 1}
d.update(d)
d |= d
s = {1}
s |= s
s &= s
print(a, d, s)
