# Binary floating point is inexact.
print(0.1 + 0.2 == 0.3)  # expect: False
print(round(0.1 + 0.2, 10) == 0.3)  # expect: True
print(0.1 * 3)  # expect: 0.30000000000000004
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(2 / 3 * 3)  # expect: 2.0
print(float(2 ** 53 + 1))  # expect: 9007199254740992.0
print(2 ** 53 + 1)  # expect: 9007199254740993
print(1 / 7)  # expect: 0.14285714285714285
