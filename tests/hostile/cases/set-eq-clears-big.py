# An element's __eq__ clears a set whose table is on the heap.
# hostile-exit: 0
# hostile-stdout: False 0
class K:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.s.clear()
        return False
s = set(range(100))
s.add(K(s))
print(K(s) in s, len(s))
s = set(range(100))
s.add(K(s))
s.add(K(s))
s.discard(K(s))
print(len(s))
