# from heapq import * binds the names of heapq.__all__, in its order; the
# C functions are builtin_function_or_method, heapq.py's are functions.
from heapq import *

print(type(heappush).__name__, type(merge).__name__)  # expect: builtin_function_or_method function
print(heappop, nlargest.__name__, nsmallest.__qualname__)  # expect: <built-in function heappop> nlargest nsmallest
