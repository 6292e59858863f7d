# None results are cached like any other.
from functools import lru_cache
calls = []
@lru_cache
def f(x):
    calls.append(x)
print(f(1), f(1))  # expect: None None
print(calls)  # expect: [1]
print(f.cache_info())  # expect: CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
