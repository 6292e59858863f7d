# gc.get_referents of an instance of a container subclass: its __dict__
# and its class first (subtype_traverse), then the container's items as
# the container's traversal gives them; gc.is_tracked as CPython.
import gc
from collections import deque


class Stack(list): pass
class Table(dict): pass
class Name(str): pass
class Bare(list): __slots__ = ()
class Pair(tuple): pass
class Bag(set): pass
class Line(deque): pass


s = Stack([5, 6])
s.a = 1
print(gc.get_referents(s), gc.get_referrers(s.__dict__) == [s])  # expect: [{'a': 1}, <class '__main__.Stack'>, 6, 5] False
t = Table(k=[1])
t.x = 2
print(gc.get_referents(t), gc.is_tracked(Table()), gc.is_tracked(t))  # expect: [{'x': 2}, <class '__main__.Table'>, [1]] True True
n = Name('q')
n.y = 3
print(gc.get_referents(n), gc.is_tracked(n), gc.is_tracked(Name('z')))  # expect: [{'y': 3}, <class '__main__.Name'>] True True
p = Pair((7, 8))
p.w = 0
print(gc.get_referents(Bare([7])), gc.get_referents(p), gc.get_referents(Bag({9})))  # expect: [<class '__main__.Bare'>, 7] [{'w': 0}, <class '__main__.Pair'>, 8, 7] [<class '__main__.Bag'>, 9]
line = Line([1, 2])
line.z = 0
print(gc.get_referents(line), gc.is_tracked(p), gc.is_tracked(Pair()), gc.is_tracked(Bare()))  # expect: [{'z': 0}, <class '__main__.Line'>, 1, 2] True True True
