from array import array
array('i', [1])[1]  # expect-error: IndexError: array index out of range
