# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: 3
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x + 100)
print(len(s))
