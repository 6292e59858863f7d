def f(a):
    pass
f(a=1, z=2)
# expect-error: TypeError: f() got an unexpected keyword argument 'z'
