x = None
x[0]  # expect-error: TypeError: 'NoneType' object is not subscriptable
