# Without wraps the wrapper keeps its own name.
def trace(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@trace
def greet(name):
    """Say hello."""
    return name
print(greet.__name__)  # expect: wrapper
print(greet.__doc__)  # expect: None
print(greet.__qualname__)  # expect: trace.<locals>.wrapper
