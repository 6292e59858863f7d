# title: NumPy arrays: views and copies
# summary: A NumPy array keeps its numbers side by side in one data buffer; a slice is a view that shares the buffer, and copy() makes a buffer of its own.
# detail: full
import sys
import numpy as np

#: np.array copies the list's numbers into one block of memory, the array's data buffer: five int64 values of 8 bytes each, 40 bytes side by side, and no int object for any of them. The array object refers to its buffer; it owns it, so sys.getsizeof counts it: 112 bytes of array plus the 40 bytes of data.
arr1d = np.array([1, 2, 3, 4, 5])
#: print shows the elements NumPy's way, without commas.
print(arr1d)  # expect: [1 2 3 4 5]
#: A list of lists makes a two-dimensional array: 3 rows of 2 columns, still one buffer of 6 numbers (48 bytes), stored row after row.
arr2d = np.array([[1, 2], [3, 4], [5, 6]])
print(arr2d)  # expect: [[1 2]
# expect:  [3 4]
# expect:  [5 6]]
print(arr2d.shape, arr2d.dtype)  # expect: (3, 2) int64
#: Memory: a list of 1,000 ints holds 1,000 references of 8 bytes (8,056 bytes with the list's header), and each int is an object of its own, 28 bytes.
list_bytes = sys.getsizeof(list(range(1000))) + sum(sys.getsizeof(n) for n in range(1000))
#: An int64 array keeps the same 1,000 numbers as bare 8-byte values in its buffer: 8,000 bytes of data and 112 of array, about a quarter of the list's memory.
array_bytes = sys.getsizeof(np.arange(1000))
print(list_bytes, array_bytes)  # expect: 36056 8112
#: A slice of an array copies nothing: evens is a view, a new array object that refers to the same buffer (reading every second element) and to arr1d as its base.
evens = arr1d[::2]
print(evens, evens.base is arr1d)  # expect: [1 3 5] True
#: Writing through the view writes into the shared buffer, so arr1d changes too: the buffer is marked MUTATED.
evens[0] = 99
print(arr1d)  # expect: [99  2  3  4  5]
#: copy() makes a new array with a new buffer of its own; its base is None.
copied = arr1d.copy()
#: Changing the copy changes only the copy's buffer: arr1d is untouched.
copied[1] = -1
print(copied, arr1d)  # expect: [99 -1  3  4  5] [99  2  3  4  5]
#: np.shares_memory tells a view from a copy.
print(np.shares_memory(arr1d, evens), np.shares_memory(arr1d, copied))  # expect: True False
#: sys.getsizeof counts a buffer only for the array that owns it: the view evens is 112 bytes, the arrays that own 40 bytes of data are 152.
print(sys.getsizeof(arr1d), sys.getsizeof(evens), sys.getsizeof(copied))  # expect: 152 112 152
