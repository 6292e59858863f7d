# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 0
# hostile-stdout: 1
class K:
    def __hash__(self):
        s.clear()
        return 1
s = {1, 2}
s.add(K())
print(len(s))
