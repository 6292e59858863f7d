from array import array
array('h', [-32769])  # expect-error: OverflowError: signed short integer is less than minimum
