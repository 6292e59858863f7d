# NumPy scalars where Python wants a number: format specs, int(), float(),
# round(), abs(), list indices, range(), and the builtins that iterate.
import numpy as np

a = np.array([3, 1, 2])
m = a.mean()
print(f"{m:.2f} {a[0]:5d} {m}")  # expect: 2.00     3 2.0
print(int(a[0]), float(a[1]), int(m), float(m), int(np.float64(-2.7)))  # expect: 3 1.0 2 2.0 -2
print(round(m, 1), round(np.float64(2.567), 2), abs(np.int64(-3)), abs(np.float64(-0.5)))  # expect: 2.0 2.57 3 0.5
print(max(a), min(a), sum(a), sorted(a), list(a))  # expect: 3 1 6 [1, 2, 3] [3, 1, 2]
print([10, 20, 30, 40][a[0]], list(range(a[2])), "ab" * a[2])  # expect: 40 [0, 1] abab
total = 0
for x in a:
    total += x
print(total, type(total).__name__)  # expect: 6 int64
print(str(a.dtype), a.dtype.name == "int64")  # expect: int64 True
