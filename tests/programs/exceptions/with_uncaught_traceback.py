import contextlib
with contextlib.suppress(KeyError):
    print("in")  # expect: in
    x = [][2]
# expect-error: IndexError: list index out of range
