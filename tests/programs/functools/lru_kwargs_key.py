# Keyword arguments are part of the key, in call order.
from functools import lru_cache
calls = []
@lru_cache
def f(a=0, b=0):
    calls.append((a, b))
    return a - b
print(f(1, 2), f(a=1, b=2), f(b=2, a=1), f(1, b=2))  # expect: -1 -1 -1 -1
print(f(a=1, b=2))  # expect: -1
print(calls)  # expect: [(1, 2), (1, 2), (1, 2), (1, 2)]
print(f.cache_info())  # expect: CacheInfo(hits=1, misses=4, maxsize=128, currsize=4)
