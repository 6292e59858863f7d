# A key's __eq__ clears the dict during a lookup.
# hostile-exit: 0
# hostile-stdout: None False {}
class K:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[K(d)] = 1
print(d.get(K(d)), K(d) in d, d)
d[K(d)] = 1
d[K(d)] = 2
print(len(d))
