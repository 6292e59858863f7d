def f(a, *, d, e):
    pass
f(1)
# expect-error: TypeError: f() missing 2 required keyword-only arguments: 'd' and 'e'
