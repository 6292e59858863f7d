# A key's __eq__ clears a dict of a hundred entries.
# hostile-exit: 0
# hostile-stdout: False 0
class K:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = dict.fromkeys(range(100))
print(K(d) in d, len(d))
d = dict.fromkeys(range(100))
print(d.pop(K(d), 0), len(d))
d = dict.fromkeys(range(100))
print(d.get(K(d)), len(d))
