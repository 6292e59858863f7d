# A call that raises is a miss and caches nothing.
from functools import lru_cache
@lru_cache
def inv(x):
    return 1 / x
print(inv(2))  # expect: 0.5
print(inv.cache_info())  # expect: CacheInfo(hits=0, misses=1, maxsize=128, currsize=1)
inv(0)  # expect-error: ZeroDivisionError: division by zero
