from array import array
array('i', [1]).remove(2)  # expect-error: ValueError: array.remove(x): x not in array
