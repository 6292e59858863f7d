# int / int is correctly rounded from the exact quotient, whatever the
# sizes (CPython's long_true_divide), not a division of two rounded floats.
print((2**53 + 1) / 3)  # expect: 3002399751580331.0
print(10**400 / 10**399, 10**400 / 10**398)  # expect: 10.0 100.0
print(1 / 10**400, -1 / 10**400, 0 / -5)  # expect: 0.0 -0.0 -0.0
print(123456789123456789123456789 / 987654321987654321)  # expect: 124999998.8609375
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076)  # expect: 5e-324 0.0 5e-324
print((2**1024 - 2**971) / 1)  # expect: 1.7976931348623157e+308
print(7 / True, True / 3)  # expect: 7.0 0.3333333333333333
print((2**1024 - 2**970) / 1)  # expect-error: OverflowError: integer division result too large for a float
