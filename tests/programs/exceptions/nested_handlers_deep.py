try:
    try:
        try:
            raise KeyError(1)
        except KeyError as a:
            raise IndexError(2)
    except IndexError as b:
        raise ValueError(3)
except ValueError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))
# expect: ValueError(3) IndexError(2) KeyError(1)
