def f(a, b, /, c):
    return a + b + c
print(f(1, 2, 3), f(1, 2, c=3))
f(a=1, b=2, c=3)
# expect: 6 6
# expect-error: TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, b'
