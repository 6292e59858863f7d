# A key whose __eq__ empties the dict during a lookup: the lookup starts
# again on the emptied dict, as CPython's lookdict does (no crash, no
# stale entry).
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
try:
    d[K(d)]
except KeyError:
    print('KeyError')  # expect: KeyError
print(d)  # expect: {}
d = {}
d[K(d)] = 1
print(d.get(K(d)), d)  # expect: None {}
d = {}
d[K(d)] = 1
print(K(d) in d, d)  # expect: False {}
d = {}
d[K(d)] = 1
d[K(d)] = 2
print(len(d))  # expect: 1
d = {}
d[K(d)] = 1
print(d.pop(K(d), 'none'), d)  # expect: none {}
d = {}
d[K(d)] = 1
print(d.setdefault(K(d), 5), len(d))  # expect: 5 1
d = {1: 1, 2: 2}
try:
    for k in d:
        d.clear()
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration


class V:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return True


x = {}
y = {}
x[1] = V(y)
y[1] = V(x)
print(x == y, len(x), len(y))  # expect: True 1 0
