# Decorators stack: the outer one sees the cached wrapper.
from functools import lru_cache, wraps
log = []
def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        log.append(fn.__name__)
        return fn(*args)
    return wrapper
@logged
@lru_cache
def double(x):
    return 2 * x
print(double(4), double(4))  # expect: 8 8
print(log)  # expect: ['double', 'double']
print(double.__wrapped__.cache_info())  # expect: CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
print(double.__name__)  # expect: double
