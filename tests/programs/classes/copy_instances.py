import copy
class Box:
    def __init__(self, items):
        print('init runs')
        self.items = items
b = Box([1, [2, 3]])
s = copy.copy(b)
d = copy.deepcopy(b)
print(s is b, s.items is b.items, d.items is b.items, d.items[1] is b.items[1], d.items == b.items)
class Node:
    def __init__(self):
        self.me = self
n = Node()
m = copy.deepcopy(n)
print(m.me is m, m is n)
class P:
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
print(copy.copy(P([1])).x, copy.deepcopy(P([1])).x)
class Custom:
    def __copy__(self):
        return 'custom copy'
print(copy.copy(Custom()))
# expect: init runs
# expect: False True False False True
# expect: True False
# expect: [1] [1]
# expect: custom copy
