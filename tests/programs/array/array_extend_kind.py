from array import array
array('i', [1]).extend(array('h', [2]))  # expect-error: TypeError: can only extend with array of same kind
