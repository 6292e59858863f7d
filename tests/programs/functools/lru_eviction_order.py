# A bounded cache evicts the least recently used entry; a hit makes an
# entry the most recent.
from functools import lru_cache
misses = []
@lru_cache(maxsize=3)
def f(x):
    misses.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 1, 3, 4, 1]:
    f(x)
print(misses)  # expect: [1, 2, 3, 4, 2, 3, 4]
print(f.cache_info())  # expect: CacheInfo(hits=3, misses=7, maxsize=3, currsize=3)
