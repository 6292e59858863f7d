# int() from strings and floats.
print(int('42'), int(' 42 '), int('-7'), int('+3'))  # expect: 42 42 -7 3
print(int(3.9), int(-3.9))  # expect: 3 -3
print(int('1_000'))  # expect: 1000
print(int(True), int())  # expect: 1 0
print(int('ff', 16), int('FF', 16))  # expect: 255 255
print(int('777', 8), int('1010', 2))  # expect: 511 10
print(int('0x1f', 16), int('0b101', 0), int('0o17', 0))  # expect: 31 5 15
print(int('z', 36))  # expect: 35
print(int(1e20))  # expect: 100000000000000000000
