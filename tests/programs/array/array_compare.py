# Arrays compare by value, even across typecodes.
from array import array
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) < array('i', [2]))  # expect: True True
print(array('i', [1]) == [1], array('b', [1, 2]) > array('b', [1]))  # expect: False True
