# float repr is the shortest string that round-trips.
print(0.1)  # expect: 0.1
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1 / 3)  # expect: 0.3333333333333333
print(1e16)  # expect: 1e+16
print(1e15)  # expect: 1000000000000000.0
print(1e-05)  # expect: 1e-05
print(0.0001)  # expect: 0.0001
print(1e22)  # expect: 1e+22
print(123456789.123)  # expect: 123456789.123
print(1.5e-7)  # expect: 1.5e-07
print(12345678901234567890.0)  # expect: 1.2345678901234567e+19
print(100.0, 3e0, 2.5e-5)  # expect: 100.0 3.0 2.5e-05
print(repr(0.1), str(0.1))  # expect: 0.1 0.1
