# np.array from nested lists (dtype inferred or given), arange, zeros, ones,
# empty (its shape only: its values are whatever memory held), full, linspace.
import numpy as np

arr1d = np.array([1, 2, 3, 4, 5])
arr2d = np.array([[1, 2], [3, 4], [5, 6]])
print(arr1d)  # expect: [1 2 3 4 5]
print(arr2d)  # expect: [[1 2]
# expect:  [3 4]
# expect:  [5 6]]
print(repr(arr2d))  # expect: array([[1, 2],
# expect:        [3, 4],
# expect:        [5, 6]])
print(np.array([1, 2.5, 3]))  # expect: [1.  2.5 3. ]
print(np.array([True, False]))  # expect: [ True False]
print(repr(np.array([True, 2])))  # expect: array([1, 2])
print(repr(np.array((1, 2), dtype=float)))  # expect: array([1., 2.])
print(repr(np.array([1, 2, 100], dtype=np.int8)))  # expect: array([  1,   2, 100], dtype=int8)
print(repr(np.array([0, 1, 2], dtype='bool')))  # expect: array([False,  True,  True])
print(repr(np.array([1.7, -1.7], dtype=np.int32)))  # expect: array([ 1, -1], dtype=int32)
print(repr(np.array([[1.5], [2.5]], dtype='float32')))  # expect: array([[1.5],
# expect:        [2.5]], dtype=float32)
print(repr(np.array(7)), np.array(7).ndim, np.array(7).shape)  # expect: array(7) 0 ()
print(repr(np.array([])), np.array([]).dtype)  # expect: array([], dtype=float64) float64
print(repr(np.array([[], []])), np.array([[], []]).shape)  # expect: array([], shape=(2, 0), dtype=float64) (2, 0)
print(repr(np.arange(5)))  # expect: array([0, 1, 2, 3, 4])
print(repr(np.arange(2, 10, 3)))  # expect: array([2, 5, 8])
print(repr(np.arange(5, 0, -2)))  # expect: array([5, 3, 1])
print(repr(np.arange(0, 1, 0.25)))  # expect: array([0.  , 0.25, 0.5 , 0.75])
print(repr(np.arange(3, dtype=float)))  # expect: array([0., 1., 2.])
print(repr(np.zeros(3)))  # expect: array([0., 0., 0.])
print(repr(np.zeros((2, 3), dtype=int)))  # expect: array([[0, 0, 0],
# expect:        [0, 0, 0]])
print(repr(np.ones((2, 2))))  # expect: array([[1., 1.],
# expect:        [1., 1.]])
print(repr(np.ones(4, dtype=np.uint8)))  # expect: array([1, 1, 1, 1], dtype=uint8)
shape = np.empty((2, 4)).shape
print(shape, np.empty(3, dtype=int).dtype)  # expect: (2, 4) int64
print(repr(np.full(3, 7)))  # expect: array([7, 7, 7])
print(repr(np.full((2, 2), 0.5)))  # expect: array([[0.5, 0.5],
# expect:        [0.5, 0.5]])
print(repr(np.full(2, True)))  # expect: array([ True,  True])
print(repr(np.full(3, 1, dtype=float)))  # expect: array([1., 1., 1.])
print(repr(np.linspace(0, 1, 5)))  # expect: array([0.  , 0.25, 0.5 , 0.75, 1.  ])
print(repr(np.linspace(0, 10, 4, endpoint=False)))  # expect: array([0. , 2.5, 5. , 7.5])
print(len(np.linspace(-1, 1)))  # expect: 50
print(repr(np.array(arr1d)), np.array(arr1d) is arr1d)  # expect: array([1, 2, 3, 4, 5]) False
print(repr(np.array([np.int64(2), 3])))  # expect: array([2, 3])
