# Assigning into arrays: a value is cast to the array's dtype and
# broadcast to the selection; NumPy's messages when it cannot be.
import numpy as np

def assign(a, key, value):
    try:
        a[key] = value
        return repr(a)
    except ValueError as e:
        return "ValueError: " + str(e)

print(assign(np.arange(6), 0, 2.9))  # expect: array([2, 1, 2, 3, 4, 5])
print(assign(np.arange(6), 0, np.array([9])))  # expect: array([9, 1, 2, 3, 4, 5])
print(assign(np.arange(6), 0, [1, 2]))  # expect: ValueError: setting an array element with a sequence.
print(assign(np.arange(6), slice(1, 3), [7, 8]))  # expect: array([0, 7, 8, 3, 4, 5])
print(assign(np.arange(6), slice(None, None, 2), [1, 2]))  # expect: ValueError: could not broadcast input array from shape (2,) into shape (3,)
print(assign(np.zeros((2, 3)), (slice(None), 1), [5, 6]))  # expect: array([[0., 5., 0.],
# expect:        [0., 6., 0.]])
print(assign(np.zeros((2, 3)), 1, [1, 2, 3]))  # expect: array([[0., 0., 0.],
# expect:        [1., 2., 3.]])
print(assign(np.zeros((2, 3)), [0, 1], [1, 2]))  # expect: ValueError: shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (2,3)
print(assign(np.zeros((2, 3)), [0, 1], [[1], [2]]))  # expect: array([[1., 1., 1.],
# expect:        [2., 2., 2.]])
print(assign(np.arange(4), np.array([True, False, True, False]), [10, 20]))  # expect: array([10,  1, 20,  3])
print(assign(np.arange(4), np.array([True, False, True, False]), [10, 20, 30]))  # expect: ValueError: NumPy boolean array indexing assignment cannot assign 3 input values to the 2 output values where the mask is true
print(assign(np.arange(5), slice(1, None), np.arange(5)[:-1]))  # expect: array([0, 0, 1, 2, 3])
print(assign(np.array([1.5, 2.5]), Ellipsis, True))  # expect: array([1., 1.])
