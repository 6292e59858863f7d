from array import array
array('i', [1]) + array('d', [2.0])  # expect-error: TypeError: bad argument type for built-in operation
