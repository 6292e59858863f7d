# from itertools import * binds the module's public names in its order:
# tee is a function, the rest are types (static types, as in CPython).
from itertools import *
import sys

print(type(tee).__name__, type(count).__name__, count.__name__)  # expect: builtin_function_or_method type count
print(repr(chain.from_iterable).startswith('<built-in method from_iterable of type object'))  # expect: True
print(sys.getsizeof(product), product)  # expect: 424 <class 'itertools.product'>
print(isinstance(count(), count), isinstance(cycle('a'), count))  # expect: True False
