from collections import namedtuple
import copy
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
v = Vector(3, 4)
print(v, v.norm(), v + v, isinstance(v, tuple), type(v + v).__name__)
w = copy.copy(v)
print(w == v, w is v, copy.deepcopy(v) == v)
# expect: Vector(x=3, y=4) 5.0 Vector(x=6, y=8) True Vector
# expect: True False True
