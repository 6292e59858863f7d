from array import array
array('l', [2 ** 63])  # expect-error: OverflowError: Python int too large to convert to C long
