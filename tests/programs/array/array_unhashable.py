from array import array
hash(array('i'))  # expect-error: TypeError: unhashable type: 'array.array'
