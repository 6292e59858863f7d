# A function's __name__ must be a string.
def f():
    pass
f.__name__ = 'g'
print(f.__name__)  # expect: g
print(f.__qualname__)  # expect: f
f.__qualname__ = 'h'
print(f.__qualname__, f.__name__)  # expect: h g
f.__name__ = 3  # expect-error: TypeError: __name__ must be set to a string object
