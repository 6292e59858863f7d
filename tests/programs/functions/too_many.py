def f(a, b=1):
    pass
f(1, 2, 3)
# expect-error: TypeError: f() takes from 1 to 2 positional arguments but 3 were given
