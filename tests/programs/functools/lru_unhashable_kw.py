# An unhashable keyword argument fails too.
import functools
@functools.cache
def f(a, b=None):
    return a
print(f(1, b=2))  # expect: 1
f(1, b={})  # expect-error: TypeError: unhashable type: 'dict'
