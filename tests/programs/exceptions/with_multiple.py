import contextlib
with contextlib.suppress(IndexError), contextlib.suppress(KeyError):
    {}[1]
    print("no")
with contextlib.suppress(IndexError), contextlib.suppress(KeyError):
    [][1]
print("both suppressed")
# expect: both suppressed
