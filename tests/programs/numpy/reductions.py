# Reductions over the whole array or one axis, dot and @, np.sqrt.
import numpy as np

a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
print(a.sum(), a.mean(), a.min(), a.max(), a.argmax(), a.cumsum())  # expect: 31 3.875 1 9 5 [ 3  4  8  9 14 23 25 31]
print(np.sum(a), np.mean(a), np.min(a), np.max(a), np.argmax(a), np.cumsum(a))  # expect: 31 3.875 1 9 5 [ 3  4  8  9 14 23 25 31]
print(type(a.sum()).__name__, type(a.mean()).__name__, type(a.argmax()).__name__)  # expect: int64 float64 int64
m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.sum(axis=0), m.sum(axis=1), m.sum(axis=-1), m.mean(axis=0), m.mean(axis=1))  # expect: [5 7 9] [ 6 15] [ 6 15] [2.5 3.5 4.5] [2. 5.]
print(m.min(axis=0), m.max(axis=1), m.argmax(axis=0), m.argmax(axis=1))  # expect: [1 2 3] [3 6] [1 1 1] [2 2]
print(m.cumsum())  # expect: [ 1  3  6 10 15 21]
print(m.cumsum(axis=0))  # expect: [[1 2 3]
# expect:  [5 7 9]]
print(m.cumsum(axis=1))  # expect: [[ 1  3  6]
# expect:  [ 4  9 15]]
print(np.sum(m, axis=0), np.sum([1, 2, 3]), np.mean([1, 2]))  # expect: [5 7 9] 6 1.5
f = np.array([0.1] * 10)
print(f.sum(), f.mean(), np.linspace(0, 1, 11).sum())  # expect: 1.0 0.1 5.500000000000001
print(np.array([True, False, True]).sum(), np.array([1.5, 2.5]).sum())  # expect: 2 4.0
print(np.array([2.5, -1.0]).min(), np.array([2.5, -1.0]).argmax())  # expect: -1.0 0
print(np.array([], dtype=np.int64).sum(), np.zeros((0, 3)).sum(axis=0))  # expect: 0 [0. 0. 0.]
v = np.array([1, 2, 3])
w = np.array([4, 5, 6])
print(np.dot(v, w), v @ w, v.dot(w), type(v @ w).__name__)  # expect: 32 32 32 int64
print(m @ v, v[:2] @ m)  # expect: [14 32] [ 9 12 15]
print(m @ m.T)  # expect: [[14 32]
# expect:  [32 77]]
print(np.dot(m.T, m))  # expect: [[17 22 27]
# expect:  [22 29 36]
# expect:  [27 36 45]]
print(np.dot(2, v), np.dot(np.array([1.5, 2.0]), np.array([2, 4])))  # expect: [2 4 6] 11.0
print(np.sqrt(v), np.sqrt(np.array([4.0, 9.0])), np.sqrt(16), type(np.sqrt(16)).__name__)  # expect: [1.         1.41421356 1.73205081] [2. 3.] 4.0 float64
print(np.sqrt(m))  # expect: [[1.         1.41421356 1.73205081]
# expect:  [2.         2.23606798 2.44948974]]
print(np.any(a > 8), (a > 0).all(), m.any(axis=0), (m > 2).all(axis=1), np.array([]).all(), np.array([0.0, 0.5]).any())  # expect: True True [ True  True  True] [False  True] True True
