try:
    try:
        [][0]
    except IndexError:
        {}['k']
except KeyError as k:
    print(repr(k.__context__), k.__cause__)
    print(k.__context__.__context__)
# expect: IndexError('list index out of range') None
# expect: None
