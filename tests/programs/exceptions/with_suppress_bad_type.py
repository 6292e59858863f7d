import contextlib
with contextlib.suppress(5):
    print("fine without an exception")
try:
    with contextlib.suppress(5):
        1 / 0
except TypeError as e:
    print(e)
    print(type(e.__context__).__name__)
# expect: fine without an exception
# expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
# expect: ZeroDivisionError
