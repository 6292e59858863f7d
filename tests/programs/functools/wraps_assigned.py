# assigned and updated can be narrowed.
import functools
def f():
    """doc of f"""
def g():
    """doc of g"""
functools.update_wrapper(g, f, assigned=('__doc__',), updated=())
print(g.__name__)  # expect: g
print(g.__doc__)  # expect: doc of f
print(g.__wrapped__ is f)  # expect: True
print(functools.WRAPPER_ASSIGNMENTS)  # expect: ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
print(functools.WRAPPER_UPDATES)  # expect: ('__dict__',)
