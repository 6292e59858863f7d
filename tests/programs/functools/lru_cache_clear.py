# cache_clear empties the cache and resets the statistics.
from functools import lru_cache
calls = []
@lru_cache
def f(x):
    calls.append(x)
    return [x]
r = f(1)
f(1)
print(f.cache_info())  # expect: CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
f.cache_clear()
print(f.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)
print(f(1) is r)  # expect: False
print(calls)  # expect: [1, 1]
