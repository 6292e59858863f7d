def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], **{'a': 1}))
def g(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(c=1, a=2))
# expect: ((), {})
# expect: ((1, 2), {'x': 3})
# expect: ((1, 2), {'a': 1})
# expect: (1, 2, (), 3, 4, {})
# expect: (1, 2, (3, 4), 5, 4, {'e': 6})
# expect: (2, 2, (), 1, 4, {})
