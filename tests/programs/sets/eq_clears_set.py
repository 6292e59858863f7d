# An element whose __eq__ empties a large set (its table on the heap)
# during a lookup: the probe starts again on the set's new table, as
# CPython's set_lookkey does, never reading the freed one.
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
print(K(s) in s, len(s))  # expect: False 0
s = set(range(100))
s.add(K(s))
s.add(K(s))
print(len(s))  # expect: 1
s = set(range(100))
s.add(K(s))
s.discard(K(s))
print(len(s))  # expect: 0
