from array import array
array('i', [1, 2.5])  # expect-error: TypeError: 'float' object cannot be interpreted as an integer
