# float ** float decides the IEEE special cases itself, as CPython's
# float_pow does: infinities, nans, zeros and +-1 as base and exponent.
inf = float('inf')
nan = float('nan')
print(0.0 ** -inf, 0.0 ** inf, 0.5 ** -inf, 0.5 ** inf, 2.0 ** -inf)  # expect: inf 0.0 inf 0.0 0.0
print((-0.0) ** -inf, (-0.5) ** inf, (-2.0) ** inf, (-2.0) ** -inf)  # expect: inf 0.0 inf 0.0
print(1.0 ** inf, 1.0 ** -inf, (-1.0) ** inf, (-1.0) ** -inf, 1.0 ** nan)  # expect: 1.0 1.0 1.0 1.0 1.0
print(nan ** 0.0, inf ** 0, nan ** 1.0, 2.0 ** nan, (-1.0) ** nan)  # expect: 1.0 1.0 nan nan nan
print(inf ** 3, (-inf) ** 3, (-inf) ** 2, (-inf) ** 0.5)  # expect: inf -inf inf inf
print((-inf) ** -3, (-inf) ** -2, inf ** -0.5)  # expect: -0.0 0.0 0.0
print((-0.0) ** 3, (-0.0) ** 2, (-0.0) ** 0.5, 0.0 ** 3)  # expect: -0.0 0.0 0.0 0.0
print((-1.0) ** 1e300, (-1.0) ** 3.0, 2.0 ** -1e300, (-2.0) ** -1075)  # expect: 1.0 -1.0 0.0 -0.0
print(pow(10.0, 308), pow(-2.0, -1073))  # expect: 1e+308 -1e-323
print((-0.0) ** -1)  # expect-error: ZeroDivisionError: 0.0 cannot be raised to a negative power
