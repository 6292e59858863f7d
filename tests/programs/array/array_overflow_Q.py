from array import array
array('Q', [-1])  # expect-error: OverflowError: can't convert negative int to unsigned
