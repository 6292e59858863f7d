# title: Caching with lru_cache
# summary: functools.lru_cache keeps a reference to every result it returned, so cached results stay alive, and a repeated call makes no frame at all.
from functools import lru_cache


#: lru_cache wraps fibonacci in a cache object: the name fibonacci now refers to the wrapper, which refers to the function as __wrapped__.
@lru_cache(maxsize=None)  #@
def fibonacci(n):
    if n < 2:
        return n
    #: Each miss runs the function: its frame waits on the stack for the smaller results.
    return fibonacci(n - 1) + fibonacci(n - 2)  #@


#: The first call computes fibonacci(8): every n from 0 to 8 is a miss that runs the function once, and each result goes into the cache.
result = fibonacci(8)  #@
print(result)  # expect: 21
#: The cache holds a reference to each result: 9 entries, one per n. A second call is a hit: it returns the stored object and creates no frame.
again = fibonacci(8)  #@
print(again is result)  # expect: True
print(fibonacci.cache_info())  # expect: CacheInfo(hits=7, misses=9, maxsize=None, currsize=9)
#: cache_clear() drops the cache's references: results nothing else refers to are freed.
fibonacci.cache_clear()  #@
print(fibonacci.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)
