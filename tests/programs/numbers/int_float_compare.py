# ints and floats compare by exact value.
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1))  # expect: True True False
print(10 ** 400 > 1e308)  # expect: True
print(0.1 > 1 / 10)  # expect: False
print(-0.0 < 0)  # expect: False
print(sorted([3, 1.5, 2, 0.5]))  # expect: [0.5, 1.5, 2, 3]
