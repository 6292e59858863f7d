try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
# expect: KeyError('x') KeyError('x') True
