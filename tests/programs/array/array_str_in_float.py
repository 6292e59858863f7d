from array import array
array('d').append('1')  # expect-error: TypeError: must be real number, not str
