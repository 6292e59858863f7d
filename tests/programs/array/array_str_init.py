from array import array
array('i', 'abc')  # expect-error: TypeError: cannot use a str to initialize an array with typecode 'i'
