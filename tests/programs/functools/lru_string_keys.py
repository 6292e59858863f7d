# Strings and tuples as arguments.
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def upper(s):
    calls.append(s)
    return s.upper()
print(upper('a'), upper('b'), upper('a'), upper('c'), upper('b'))  # expect: A B A C B
print(calls)  # expect: ['a', 'b', 'c', 'b']
@lru_cache
def pair(t):
    return t[0] + t[1]
print(pair((1, 2)), pair((1, 2)), pair.cache_info())  # expect: 3 3 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
