# Fancy (a list or array of indices) and boolean indexing copy the selected
# elements into a new array; assigning through them writes into the array.
import numpy as np

a = np.array([10, 20, 30, 40, 50])
f = a[[0, 2, 4]]
print(f, f.base is None, np.shares_memory(a, f))  # expect: [10 30 50] True False
f[0] = -1
print(a)  # expect: [10 20 30 40 50]
print(a[np.array([4, -1, 0])])  # expect: [50 50 10]
print(a[[[0, 1], [2, 3]]])  # expect: [[10 20]
# expect:  [30 40]]
mask = a > 25
print(mask, mask.dtype)  # expect: [False False  True  True  True] bool
print(a[mask])  # expect: [30 40 50]
print(a[a % 20 == 0])  # expect: [20 40]
a[a > 35] = 0
print(a)  # expect: [10 20 30  0  0]
a[[0, 1]] = [7, 8]
print(a)  # expect: [ 7  8 30  0  0]
a[[2]] = 5
print(a)  # expect: [7 8 5 0 0]
m = np.arange(6).reshape(2, 3)
print(m[[1, 0]])  # expect: [[3 4 5]
# expect:  [0 1 2]]
print(m[m > 2])  # expect: [3 4 5]
print(m[np.array([True, False])])  # expect: [[0 1 2]]
m[m % 2 == 1] = -1
print(m)  # expect: [[ 0 -1  2]
# expect:  [-1  4 -1]]
print(a[[]], a[[]].dtype)  # expect: [] int64
