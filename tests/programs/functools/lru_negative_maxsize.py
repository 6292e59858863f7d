# A negative maxsize is treated as 0.
from functools import lru_cache
@lru_cache(maxsize=-3)
def f(x):
    return x
f(1); f(1)
print(f.cache_info())  # expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
print(f.cache_parameters())  # expect: {'maxsize': 0, 'typed': False}
