try:
    with 5:
        pass
except TypeError as e:
    print(e)
with [1, 2]:
    pass
# expect: 'int' object does not support the context manager protocol
# expect-error: TypeError: 'list' object does not support the context manager protocol
