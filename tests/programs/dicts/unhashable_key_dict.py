key = {'a': 1}
d = {key: 1}  # expect-error: TypeError: unhashable type: 'dict'
