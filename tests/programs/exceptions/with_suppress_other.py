import contextlib
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print("passed through", e)
# expect: passed through list index out of range
