# The classic memoized fibonacci: fib(100) is instant.
from functools import lru_cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))  # expect: 354224848179261915075
print(fib.cache_info())  # expect: CacheInfo(hits=98, misses=101, maxsize=128, currsize=101)
print(fib(100))  # expect: 354224848179261915075
print(fib.cache_info())  # expect: CacheInfo(hits=99, misses=101, maxsize=128, currsize=101)
