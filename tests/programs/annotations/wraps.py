# functools.wraps copies __annotations__: the wrapper shares the dict.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper

@logged
def double(n: int) -> int:
    return 2 * n

print(double(4), double.__annotations__)  # expect: 8 {'n': <class 'int'>, 'return': <class 'int'>}
print(double.__annotations__ is double.__wrapped__.__annotations__)  # expect: True
