# ** with negative bases and exponents.
print((-2) ** 3)  # expect: -8
print((-2) ** 2)  # expect: 4
print(2 ** -1)  # expect: 0.5
print(2 ** -2)  # expect: 0.25
print(10 ** -3)  # expect: 0.001
print(0 ** 0)  # expect: 1
print(2.0 ** 3)  # expect: 8.0
print(4 ** 0.5)  # expect: 2.0
base = -3
exp = 3
print(base ** exp)  # expect: -27
