# An array's buffer holds machine numbers, which refviz keeps as values.
import array
numbers = array.array('i', [1, 2])
raw = bytes(numbers)
# expect-refviz-error: refviz: unsupported: the buffer of an array.array (its bytes) (unsupported_array_buffer.py:4)
