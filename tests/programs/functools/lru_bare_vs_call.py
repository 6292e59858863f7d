# @lru_cache, @lru_cache() and @lru_cache(maxsize=N) all decorate.
from functools import lru_cache
@lru_cache
def a(x): return x
@lru_cache()
def b(x): return x
@lru_cache(maxsize=4)
def c(x): return x
@lru_cache(None)
def d(x): return x
for f in (a, b, c, d):
    f(1); f(1); f(2)
print(a.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
print(b.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
print(c.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=4, currsize=2)
print(d.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
