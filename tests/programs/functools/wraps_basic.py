# functools.wraps copies the wrapped function's name and doc.
from functools import wraps
def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """The wrapper."""
        return fn(*args, **kwargs)
    return wrapper
@trace
def greet(name):
    """Say hello."""
    return 'hello ' + name
print(greet('bob'))  # expect: hello bob
print(greet.__name__)  # expect: greet
print(greet.__qualname__)  # expect: greet
print(greet.__doc__)  # expect: Say hello.
print(greet.__wrapped__.__name__)  # expect: greet
print(repr(greet).startswith('<function greet at 0x'))  # expect: True
