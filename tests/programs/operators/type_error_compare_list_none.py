x = None
print([1] >= x)  # expect-error: TypeError: '>=' not supported between instances of 'list' and 'NoneType'
