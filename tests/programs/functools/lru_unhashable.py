# Arguments must be hashable: the key is hashed before the call.
from functools import lru_cache
calls = []
@lru_cache
def total(xs):
    calls.append(1)
    return sum(xs)
print(total((1, 2)))  # expect: 3
total([1, 2])  # expect-error: TypeError: unhashable type: 'list'
