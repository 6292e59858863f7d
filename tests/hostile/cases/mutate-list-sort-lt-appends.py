# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: list modified during sort
class K:
    def __init__(s, v):
        s.v = v
    def __lt__(self, o):
        a.append(1)
        return self.v < o.v
a = [K(3), K(1), K(2)]
a.sort()
