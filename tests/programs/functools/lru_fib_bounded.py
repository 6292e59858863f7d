# A small bounded cache still makes fibonacci linear.
from functools import lru_cache
calls = 0
@lru_cache(maxsize=3)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))  # expect: 832040
print(calls)  # expect: 31
print(fib.cache_info())  # expect: CacheInfo(hits=28, misses=31, maxsize=3, currsize=3)
