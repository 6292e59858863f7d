# maxsize must be an int, a callable or None.
from functools import lru_cache
lru_cache('x')  # expect-error: TypeError: Expected first argument to be an integer, a callable, or None
