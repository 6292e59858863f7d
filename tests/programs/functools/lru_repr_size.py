# The wrapper object: its type, repr and size.
import sys, functools
@functools.lru_cache
def f(x):
    return x
print(type(f))  # expect: <class 'functools._lru_cache_wrapper'>
print(type(f).__name__)  # expect: _lru_cache_wrapper
print(repr(f).startswith('<functools._lru_cache_wrapper object at 0x'))  # expect: True
print(sys.getsizeof(f))  # expect: 168
print(sys.getsizeof(f.cache_info()))  # expect: 72
print(functools._lru_cache_wrapper is type(f))  # expect: True
print(callable(f))  # expect: True
