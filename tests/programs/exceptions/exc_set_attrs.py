e = ValueError('v')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
print(e.__context__)
e.args = [1, 2]
print(e.args)
e.note = 'extra'
print(e.note)
for stmt in range(4):
    try:
        if stmt == 0:
            e.__cause__ = 5
        elif stmt == 1:
            del e.__context__
        elif stmt == 2:
            e.__suppress_context__ = 1
        else:
            del e.args
    except TypeError as t:
        print(t)
# expect: KeyError('k') True
# expect: None
# expect: (1, 2)
# expect: extra
# expect: exception cause must be None or derive from BaseException
# expect: __context__ may not be deleted
# expect: attribute value type must be bool
# expect: args may not be deleted
