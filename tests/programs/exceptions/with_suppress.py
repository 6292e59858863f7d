import contextlib
with contextlib.suppress(KeyError):
    print("inside")
    {}['x']
    print("not printed")
print("after")
# expect: inside
# expect: after
