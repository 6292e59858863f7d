fs = frozenset([1])
fs.add(2)  # expect-error: AttributeError: 'frozenset' object has no attribute 'add'
