# Operator precedence.
print(-2 ** 2)  # expect: -4
print((-2) ** 2)  # expect: 4
print(2 ** -1)  # expect: 0.5
print(2 ** 3 ** 2)  # expect: 512
print(2 + 3 * 4)  # expect: 14
print((2 + 3) * 4)  # expect: 20
print(10 - 4 - 3)  # expect: 3
print(100 // 10 // 3)  # expect: 3
print(1 + 2 << 1)  # expect: 6
print(1 | 2 ^ 3 & 4)  # expect: 3
a = 1
b = 2
print(not a == b)  # expect: True
print(not a and b)  # expect: False
print(a < b == True)  # expect: False
print(-a ** 2)  # expect: -1
