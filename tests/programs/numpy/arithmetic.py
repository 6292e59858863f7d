# Element-wise arithmetic and comparisons, with broadcasting and NumPy's
# dtype promotion (a Python scalar does not widen an array of its kind).
import numpy as np

a = np.array([1, 2, 3, 4])
b = np.array([10, 20, 30, 40])
print(a + b, b - a, a * b, b / a, b // 3, b % 7, a ** 2)  # expect: [11 22 33 44] [ 9 18 27 36] [ 10  40  90 160] [10. 10. 10. 10.] [ 3  6 10 13] [3 6 2 5] [ 1  4  9 16]
print(a + 1, 2 * a, 10 - a, 1 / a, 2 ** a, -a, +a, ~a)  # expect: [2 3 4 5] [2 4 6 8] [9 8 7 6] [1.         0.5        0.33333333 0.25      ] [ 2  4  8 16] [-1 -2 -3 -4] [1 2 3 4] [-2 -3 -4 -5]
print(a == 2, a != 2, a < 3, a <= 3, a > 3, a >= 3, 2 < a)  # expect: [False  True False False] [ True False  True  True] [ True  True False False] [ True  True  True False] [False False False  True] [False False  True  True] [False False  True  True]
print((a > 1) & (a < 4), (a < 2) | (a > 3), ~(a > 2))  # expect: [False  True  True False] [ True False False  True] [ True  True False False]
print(repr(a + 0.5), repr(a * True), repr(a / a))  # expect: array([1.5, 2.5, 3.5, 4.5]) array([1, 2, 3, 4]) array([1., 1., 1., 1.])
print(repr(np.array([True, False]) + np.array([True, True])))  # expect: array([ True,  True])
print(repr(np.array([True, False]) * 3))  # expect: array([3, 0])
print(repr(np.array([1, 2], dtype=np.int8) + 1))  # expect: array([2, 3], dtype=int8)
print(repr(np.array([1, 2], dtype=np.int8) + 1000))  # expect: array([1001, 1002], dtype=int16)
print(repr(np.array([1, 2], dtype=np.int8) + np.array([1, 2], dtype=np.int16)))  # expect: array([2, 4], dtype=int16)
print(repr(np.array([1, 2], dtype=np.uint8) + np.array([1, 2], dtype=np.int8)))  # expect: array([2, 4], dtype=int16)
print(repr(np.array([1.5], dtype=np.float32) * 2), repr(np.array([1.5], dtype=np.float32) + np.array([1])))  # expect: array([3.], dtype=float32) array([2.5])
print(repr(np.array([250], dtype=np.uint8) + np.array([10], dtype=np.uint8)))  # expect: array([4], dtype=uint8)
print(repr(np.array([-7, 7]) // 2), repr(np.array([-7, 7]) % 3), repr(np.array([-7.5, 7.5]) % 2))  # expect: array([-4,  3]) array([2, 1]) array([0.5, 1.5])
m = np.arange(6).reshape(2, 3)
print(m + np.array([10, 20, 30]))  # expect: [[10 21 32]
# expect:  [13 24 35]]
print(m * np.array([[1], [2]]))  # expect: [[ 0  1  2]
# expect:  [ 6  8 10]]
print(m + m.T.T)  # expect: [[ 0  2  4]
# expect:  [ 6  8 10]]
print(np.array([[1], [2], [3]]) + np.array([10, 20]))  # expect: [[11 21]
# expect:  [12 22]
# expect:  [13 23]]
x = np.zeros(3)
x += 1
x *= a[:3]
print(x)  # expect: [1. 2. 3.]
y = np.array([1, 2, 3])
y += 2
y -= np.array([1, 1, 1])
print(y)  # expect: [2 3 4]
print(a.sum() + 1, a[0] + a[1], a[0] * 1.5, a[0] / 2, a[2] ** 2, -a[0])  # expect: 11 3 1.5 0.5 9 -1
print(type(a[0] + 1).__name__, type(a[0] + 1.5).__name__, type(a[0] == 1).__name__)  # expect: int64 float64 bool_
print(a[0] == 1, a[0] < a[1], 3 > a[2])  # expect: True True False
print(np.array([1.0, 4.0]) == np.array([1, 4]))  # expect: [ True  True]
