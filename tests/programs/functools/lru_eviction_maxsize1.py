# maxsize=1 keeps only the last result.
import functools
seen = []
@functools.lru_cache(maxsize=1)
def f(x):
    seen.append(x)
    return x * 2
print([f(x) for x in [1, 1, 2, 2, 1, 2]])  # expect: [2, 2, 4, 4, 2, 4]
print(seen)  # expect: [1, 2, 1, 2]
print(f.cache_info())  # expect: CacheInfo(hits=2, misses=4, maxsize=1, currsize=1)
