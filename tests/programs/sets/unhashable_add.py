s = set()
s.add({})  # expect-error: TypeError: unhashable type: 'dict'
