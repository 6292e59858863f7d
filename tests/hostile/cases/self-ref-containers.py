# Containers that contain themselves, printed.
# hostile-exit: 0
# hostile-stdout: [[...]] {'d': {...}, 1: [[...]]} [{'d': {...}, 1: [[...]]}, [[...]]]
a = []
a.append(a)
d = {}
d["d"] = d
d[1] = a
s = [d, a]
print(a, d, s)
