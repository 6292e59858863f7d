from array import array
array('i', [2 ** 31])  # expect-error: OverflowError: signed integer is greater than maximum
