try:
    try:
        raise KeyError('a')
    finally:
        raise ValueError('b')
except ValueError as v:
    print(repr(v), repr(v.__context__))
# expect: ValueError('b') KeyError('a')
