# typed=True caches 1 and 1.0 separately; by default they share a key
# only when both go through the tuple key (floats and bools).
from functools import lru_cache
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
@lru_cache
def u(x):
    return type(x).__name__
print(t(1), t(1.0), t(True))  # expect: int float bool
print(t.cache_info())  # expect: CacheInfo(hits=0, misses=3, maxsize=128, currsize=3)
print(u(1.0), u(True), u(1))  # expect: float float int
print(u.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
print(t.cache_parameters())  # expect: {'maxsize': 128, 'typed': True}
