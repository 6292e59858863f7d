n = 5
n[0]  # expect-error: TypeError: 'int' object is not subscriptable
