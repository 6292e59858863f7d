print(hash((1, 2)) == hash((1, 2)))  # expect: True
hash([1, 2])  # expect-error: TypeError: unhashable type: 'list'
