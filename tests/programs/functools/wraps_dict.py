# update_wrapper also merges the wrapped function's __dict__.
import functools
def f():
    pass
f.tag = 'x'
def g():
    pass
r = functools.update_wrapper(g, f)
print(r is g)  # expect: True
print(g.tag)  # expect: x
print(g.__wrapped__ is f)  # expect: True
print(g.__name__)  # expect: f
print(sorted(g.__dict__))  # expect: ['__wrapped__', 'tag']
