# An element's __eq__ clears the set during a lookup.
# hostile-exit: 0
# hostile-stdout: False set()
class K:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.s.clear()
        return False
s = set()
s.add(K(s))
print(K(s) in s, s)
s.add(K(s))
s.add(K(s))
print(len(s))
