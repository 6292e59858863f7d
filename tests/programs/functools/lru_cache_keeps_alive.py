# The cache holds references to its results and keeps them alive.
import sys
from functools import lru_cache
@lru_cache
def make(n):
    return [n] * 3
a = make(1)
print(sys.getrefcount(a))  # expect: 3
b = make(1)
print(a is b)  # expect: True
print(sys.getrefcount(a))  # expect: 4
del a, b
c = make(1)
print(c)  # expect: [1, 1, 1]
make.cache_clear()
print(sys.getrefcount(c))  # expect: 2
