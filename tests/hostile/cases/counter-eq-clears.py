# A key's __eq__ clears a Counter during a lookup.
# hostile-exit: 0
# hostile-stdout: 0 Counter()
from collections import Counter
class K:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
c = Counter()
c[K(c)] = 1
print(c[K(c)], c)
