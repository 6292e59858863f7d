# update_wrapper copies the function's names and doc; __wrapped__ is the function.
from functools import lru_cache
def area(w, h):
    """Area of a rectangle."""
    return w * h
cached = lru_cache(area)
print(cached.__wrapped__ is area)  # expect: True
print(cached.__name__, cached.__qualname__)  # expect: area area
print(cached.__doc__)  # expect: Area of a rectangle.
print(cached.__module__)  # expect: __main__
print(cached(2, 3), area(2, 3))  # expect: 6 6
print(sorted(cached.__dict__))  # expect: ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__', '__wrapped__', 'cache_parameters']
