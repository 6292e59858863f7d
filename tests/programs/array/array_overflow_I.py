from array import array
array('I', [-1])  # expect-error: OverflowError: can't convert negative value to unsigned int
