# What the functools module provides.
import functools
from functools import lru_cache, cache, partial, reduce, wraps, update_wrapper, total_ordering
print(functools.partial is partial)  # expect: True
print(type(functools))  # expect: <class 'module'>
print(functools.__name__)  # expect: functools
print(callable(lru_cache), callable(reduce))  # expect: True True
print(functools.reduce)  # expect: <built-in function reduce>
