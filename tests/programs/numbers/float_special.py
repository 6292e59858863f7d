# inf, nan and negative zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)  # expect: inf -inf nan
print(inf > 10 ** 300, -inf < -1e308)  # expect: True True
print(inf - inf)  # expect: nan
print(nan == nan, nan != nan)  # expect: False True
print(1e308 * 10)  # expect: inf
print(-0.0)  # expect: -0.0
print(-0.0 == 0.0)  # expect: True
print(0.0 * -1)  # expect: -0.0
print([inf, nan])  # expect: [inf, nan]
