# Functions the standard library writes in Python are `function`s, not
# built-in functions: type, size and repr say so.
import copy
import sys
from functools import lru_cache, wraps, total_ordering, reduce
from collections import namedtuple
print(type(copy.deepcopy).__name__, type(lru_cache).__name__)  # expect: function function
print(type(namedtuple).__name__, type(wraps).__name__, type(total_ordering).__name__)  # expect: function function function
print(type(reduce).__name__, type(len).__name__)  # expect: builtin_function_or_method builtin_function_or_method
print(sys.getsizeof(copy.copy), sys.getsizeof(len))  # expect: 152 72
print(repr(lru_cache).startswith('<function lru_cache at 0x'))  # expect: True
dec = lru_cache(maxsize=2)
print(dec.__name__, dec.__qualname__)  # expect: decorating_function lru_cache.<locals>.decorating_function
