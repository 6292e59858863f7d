import sys
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x + p.y, sys.getsizeof(p), hasattr(p, '__dict__'))
class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(sys.getsizeof(Q(1, 2)))
p.z = 3
# expect: 3 48 False
# expect: 56
# expect-error: AttributeError: 'P' object has no attribute 'z'
