from array import array
array('i').pop()  # expect-error: IndexError: pop from empty array
