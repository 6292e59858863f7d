# functools.cache is lru_cache(maxsize=None).
import functools
calls = []
@functools.cache
def f(x, y=1):
    calls.append(x)
    return x * y
print(f(2), f(2), f(2, y=1), f(3))  # expect: 2 2 2 3
print(calls)  # expect: [2, 2, 3]
print(f.cache_info())  # expect: CacheInfo(hits=1, misses=3, maxsize=None, currsize=3)
print(f.cache_parameters())  # expect: {'maxsize': None, 'typed': False}
print(f.__name__)  # expect: f
