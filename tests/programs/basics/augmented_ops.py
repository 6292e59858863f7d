# Every augmented operator on ints.
x = 17
x -= 2
print(x)  # expect: 15
x *= 3
print(x)  # expect: 45
x //= 4
print(x)  # expect: 11
x %= 7
print(x)  # expect: 4
x **= 3
print(x)  # expect: 64
x >>= 2
print(x)  # expect: 16
x <<= 1
print(x)  # expect: 32
x |= 5
print(x)  # expect: 37
x &= 12
print(x)  # expect: 4
x ^= 6
print(x)  # expect: 2
x /= 4
print(x)  # expect: 0.5
