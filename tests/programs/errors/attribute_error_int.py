x = 5
x.append(1)  # expect-error: AttributeError: 'int' object has no attribute 'append'
