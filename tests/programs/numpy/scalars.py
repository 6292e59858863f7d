# Indexing down to one element gives a NumPy scalar (numpy.int64 ...), not
# a Python int: its type, repr, size and arithmetic are NumPy's.
import sys
import numpy as np

a = np.array([3, 1, 2])
x = a[0]
print(x, repr(x), type(x).__name__, sys.getsizeof(x))  # expect: 3 3 int64 32
f = np.array([0.1, 2.0])[0]
print(f, repr(f), type(f).__name__, sys.getsizeof(f))  # expect: 0.1 0.1 float64 32
t = np.array([True])[0]
print(t, repr(t), type(t).__name__, sys.getsizeof(t))  # expect: True True bool_ 25
s = np.array([1], dtype=np.int8)[0]
print(repr(s), type(s).__name__, sys.getsizeof(s))  # expect: 1 int8 25
print(repr(np.array([1.5], dtype=np.float32)[0]), sys.getsizeof(np.array([1.5], dtype=np.float32)[0]))  # expect: 1.5 28
print(repr(np.int64(7)), repr(np.float64(2)), repr(np.bool_(0)), repr(np.uint8(200)))  # expect: 7 2.0 False 200
print(x + 1, x * 2.0, x / 2, x == 3, x > 2, x + np.int8(1))  # expect: 4 6.0 1.5 True True 4
print(type(x + np.int8(1)).__name__, type(np.int8(1) + np.int8(1)).__name__)  # expect: int64 int8
d = {x: "three"}
print(d[3], hash(x) == hash(3), x == 3)  # expect: three True True
print(f"{x} and {f}", str(x), str(f))  # expect: 3 and 0.1 3 0.1
print(bool(t), bool(a[1]), not np.array([0])[0])  # expect: True True True
print(np.int64, np.float64, np.bool_)  # expect: <class 'numpy.int64'> <class 'numpy.float64'> <class 'numpy.bool_'>
