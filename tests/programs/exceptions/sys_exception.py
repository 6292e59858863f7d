import sys
print(sys.exception())
try:
    raise ValueError('now')
except ValueError:
    print(repr(sys.exception()))
    try:
        [][0]
    except IndexError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception(), sys.exc_info())
# expect: None
# expect: ValueError('now')
# expect: IndexError('list index out of range')
# expect: ValueError('now')
# expect: None (None, None, None)
