# A key's __eq__ clears a dict of a hundred entries.
# hostile-exit: 0
# hostile-stdout: False 50
class K:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        for i in range(50):
            self.d[i] = i
        return False
d = dict.fromkeys(range(100))
d[K(d)] = 1
print(K(d) in d, len(d))
d[K(d)] = 2
print(len(d), d.pop(K(d), 0))
