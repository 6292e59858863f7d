from array import array
array('H').append(65536)  # expect-error: OverflowError: unsigned short is greater than maximum
