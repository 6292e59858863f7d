from array import array
array('i', [1]) + [2]  # expect-error: TypeError: can only append array (not "list") to array
