# A cached method binds like a function; self is part of the key.
from functools import lru_cache
class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @lru_cache(maxsize=None)
    def area(self, scale):
        Circle.calls += 1
        return 3 * self.r * self.r * scale
c = Circle(2)
d = Circle(3)
print(c.area(1), c.area(1), d.area(1), c.area(2))  # expect: 12 12 27 24
print(Circle.calls)  # expect: 3
print(Circle.area.cache_info())  # expect: CacheInfo(hits=1, misses=3, maxsize=None, currsize=3)
print(Circle.area(c, 1))  # expect: 12
