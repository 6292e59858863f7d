from collections import namedtuple
import sys
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple), sys.getsizeof(p))
print(type(p).__name__, Point.__mro__[1:], Point._fields, Point.__doc__)
x, y = p
print(x + y, p + (3,), p * 2, p[:1], list(p), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), Point(y=9, x=8))
q = p
print(q is p, p._replace(x=1) is p, p._replace(x=1) == p)
# expect: Point(x=1, y=2) 1 2 2 True True 56
# expect: Point (<class 'tuple'>, <class 'object'>) ('x', 'y') Point(x, y)
# expect: 3 (1, 2, 3) (1, 2, 1, 2) (1,) [1, 2] True
# expect: {'x': 1, 'y': 2} Point(x=5, y=2) Point(x=3, y=4) Point(x=8, y=9)
# expect: True False True
