# Bitwise operators, including on negative ints (infinite two's complement).
print(5 & 3, 5 | 3, 5 ^ 3)  # expect: 1 7 6
print(~5, ~-1, ~0)  # expect: -6 0 -1
print(-5 & 3)  # expect: 3
print(-5 | 3)  # expect: -5
print(-5 ^ 3)  # expect: -8
print(-1 & 255)  # expect: 255
print(1 << 10)  # expect: 1024
print(255 >> 4)  # expect: 15
print(-16 >> 2)  # expect: -4
print(-1 >> 5)  # expect: -1
print(-17 >> 1)  # expect: -9
print(1 << 100)  # expect: 1267650600228229401496703205376
print((1 << 100) >> 98)  # expect: 4
