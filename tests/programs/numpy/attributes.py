# An array's attributes, and sys.getsizeof as NumPy reports it: an array
# that owns its data counts its buffer, a view does not.
import sys
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(a.shape, a.ndim, a.size, a.itemsize, a.nbytes, a.strides)  # expect: (2, 3) 2 6 8 48 (24, 8)
print(a.dtype, repr(a.dtype), type(a.dtype).__name__)  # expect: int64 dtype('int64') dtype[int64]
print(a.dtype == np.int64, a.dtype == 'int64', a.dtype == int, a.dtype == float)  # expect: True True True False
print(a.dtype.name, a.dtype.itemsize, a.dtype.kind)  # expect: int64 8 i
print(np.zeros(2, dtype=np.float32).dtype.itemsize, np.ones(1, dtype=bool).dtype)  # expect: 4 bool
print(a.base is None, a.flags.owndata, a.flags['OWNDATA'])  # expect: True True True
print(a.flags)  # expect:   C_CONTIGUOUS : True
# expect:   F_CONTIGUOUS : False
# expect:   OWNDATA : True
# expect:   WRITEABLE : True
# expect:   ALIGNED : True
# expect:   WRITEBACKIFCOPY : False
# expect:
t = a.T
print(t)  # expect: [[1 4]
# expect:  [2 5]
# expect:  [3 6]]
print(t.shape, t.strides, t.base is a, t.flags.owndata, t.flags.c_contiguous, t.flags.f_contiguous)  # expect: (3, 2) (8, 24) True False False True
print(sys.getsizeof(a), sys.getsizeof(t), sys.getsizeof(a[0]), sys.getsizeof(a[0, 0]))  # expect: 176 128 112 32
print(sys.getsizeof(np.array([1, 2, 3, 4, 5])), sys.getsizeof(np.zeros((2, 3, 4))))  # expect: 152 336
print(sys.getsizeof(np.array(3.5)), sys.getsizeof(np.array([], dtype=np.int64)))  # expect: 104 112
print(type(a).__name__, type(a) is np.ndarray, isinstance(a, np.ndarray))  # expect: ndarray True True
print(len(a), len(a[0]))  # expect: 2 3
print([row.tolist() for row in a])  # expect: [[1, 2, 3], [4, 5, 6]]
for x in a[1]:
    print(x, type(x).__name__)  # expect: 4 int64
# expect: 5 int64
# expect: 6 int64
print(a.tolist(), type(a.tolist()[0][0]).__name__)  # expect: [[1, 2, 3], [4, 5, 6]] int
print(np.array([2.5]).item(), type(np.array([7]).item()).__name__)  # expect: 2.5 int
print(repr(a.astype(float)), repr(a.astype(np.int8)))  # expect: array([[1., 2., 3.],
# expect:        [4., 5., 6.]]) array([[1, 2, 3],
# expect:        [4, 5, 6]], dtype=int8)
