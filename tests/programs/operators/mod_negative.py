# % takes the sign of the divisor.
print(7 % 3)  # expect: 1
print(-7 % 3)  # expect: 2
print(7 % -3)  # expect: -2
print(-7 % -3)  # expect: -1
print(5.5 % 2)  # expect: 1.5
print(-5.5 % 2)  # expect: 0.5
print(0 % 5)  # expect: 0
x = -10
print(x % 4, x // 4 * 4 + x % 4)  # expect: 2 -10
