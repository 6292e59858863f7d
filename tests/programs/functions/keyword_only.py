def f(a, *, key=None, reverse=False):
    return a, key, reverse
print(f(1))
print(f(1, reverse=True))
print(f.__kwdefaults__)
f(1, 2)
# expect: (1, None, False)
# expect: (1, None, True)
# expect: {'key': None, 'reverse': False}
# expect-error: TypeError: f() takes 1 positional argument but 2 were given
