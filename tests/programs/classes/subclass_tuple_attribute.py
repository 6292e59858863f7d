# Instances of a tuple subclass have a __dict__ unless every class declares
# __slots__ (a namedtuple's fields are read-only, its class has no __dict__
# for its instances).
from collections import namedtuple


class Pair(tuple):
    pass


p = Pair([1, 2])
print(p)  # expect: (1, 2)
p.label = 'x'
print(p.label, p.__dict__, p, len(p), p == (1, 2))  # expect: x {'label': 'x'} (1, 2) 2 True
Point = namedtuple('Point', 'x y')


class Labelled(Point):
    pass


q = Labelled(3, 4)
q.label = 'corner'
print(q, q.label, q.x, vars(q))  # expect: Labelled(x=3, y=4) corner 3 {'label': 'corner'}
try:
    q.x = 5
except AttributeError as e:
    print('AttributeError', e)  # expect: AttributeError can't set attribute
try:
    Point(1, 2).label = 'no'
except AttributeError as e:
    print('AttributeError', e)  # expect: AttributeError 'Point' object has no attribute 'label'
