s = set()
s.add([1])  # expect-error: TypeError: unhashable type: 'list'
