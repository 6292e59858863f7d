def f(a, b, c):
    pass
f(1)
# expect-error: TypeError: f() missing 2 required positional arguments: 'b' and 'c'
