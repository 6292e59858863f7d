# lru_cache: the second call with the same argument is a hit.
from functools import lru_cache
calls = []
@lru_cache
def square(x):
    calls.append(x)
    return x * x
print(square(3))  # expect: 9
print(square(3))  # expect: 9
print(calls)  # expect: [3]
print(square.cache_info())  # expect: CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
