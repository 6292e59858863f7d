def f(a, b, c, *, d, e):
    pass
f()
# expect-error: TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'
