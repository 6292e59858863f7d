# np.array of nested lists whose shapes disagree: NumPy 1.24 refuses them
# (a ValueError naming the depth and the shape found so far).
import numpy as np

def make(x):
    try:
        return repr(np.array(x))
    except ValueError as e:
        return str(e)

print(make([[1, 2], [3]]))  # expect: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
print(make([1, [2, 3]]))  # expect: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
print(make([[1, 2], 3]))  # expect: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
print(make([[[1], [2]], [[3], 4]]))  # expect: setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.
print(make([[1, 2], []]))  # expect: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
print(make([[], []]))  # expect: array([], shape=(2, 0), dtype=float64)
print(make([[[1, 2]], [[3, 4]]]))  # expect: array([[[1, 2]],
# expect:
# expect:        [[3, 4]]])
print(make([(1, 2), [3, 4]]))  # expect: array([[1, 2],
# expect:        [3, 4]])
