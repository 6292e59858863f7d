# cache_info() is a named tuple.
from functools import lru_cache
@lru_cache(maxsize=10)
def f(x):
    return x
f(1); f(2); f(1)
info = f.cache_info()
print(info)  # expect: CacheInfo(hits=1, misses=2, maxsize=10, currsize=2)
print(info.hits, info.misses, info.maxsize, info.currsize)  # expect: 1 2 10 2
print(info[0], info[-1], info[1:3])  # expect: 1 2 (2, 10)
print(info == (1, 2, 10, 2), tuple(info), len(info))  # expect: True (1, 2, 10, 2) 4
print(isinstance(info, tuple), type(info).__name__)  # expect: True CacheInfo
hits, misses, maxsize, currsize = info
print(hits + misses)  # expect: 3
print(info._fields)  # expect: ('hits', 'misses', 'maxsize', 'currsize')
print(info.count(2), info.index(10))  # expect: 2 2
