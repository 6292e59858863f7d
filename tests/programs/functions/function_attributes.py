import sys
def f(a, b=[1]):
    """Adds things."""
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__)
f.calls = 3
print(f.calls, f.__dict__)
print(sys.getsizeof(f))
print(type(f).__name__, callable(f))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
# expect: f f Adds things. ([1],) __main__
# expect: 3 {'calls': 3}
# expect: 152
# expect: function True
# expect: outer.<locals>.inner
