# maxsize=0 caches nothing: every call is a miss.
from functools import lru_cache
calls = []
@lru_cache(maxsize=0)
def f(x):
    calls.append(x)
    return x
f(1); f(1); f(1)
print(calls)  # expect: [1, 1, 1]
print(f.cache_info())  # expect: CacheInfo(hits=0, misses=3, maxsize=0, currsize=0)
print(f.cache_parameters())  # expect: {'maxsize': 0, 'typed': False}
