n = 5
len(n)  # expect-error: TypeError: object of type 'int' has no len()
