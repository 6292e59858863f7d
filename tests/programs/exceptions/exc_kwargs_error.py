try:
    ValueError('x', code=3)
except TypeError as e:
    print(e)
try:
    KeyError(key=1)
except TypeError as e:
    print(e)
# expect: ValueError() takes no keyword arguments
# expect: KeyError() takes no keyword arguments
