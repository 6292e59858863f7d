d = {}
d.append(1)  # expect-error: AttributeError: 'dict' object has no attribute 'append'
