# // floors toward negative infinity.
print(7 // 2)  # expect: 3
print(-7 // 2)  # expect: -4
print(7 // -2)  # expect: -4
print(-7 // -2)  # expect: 3
print(7.5 // 2)  # expect: 3.0
print(-7.5 // 2)  # expect: -4.0
a = -1
b = 3
print(a // b)  # expect: -1
