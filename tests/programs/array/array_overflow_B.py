from array import array
array('B', [-1])  # expect-error: OverflowError: unsigned byte integer is less than minimum
