from array import array
array('b', [127, 128])  # expect-error: OverflowError: signed char is greater than maximum
