# IEEE special values: infinities, NaNs and negative zeros come out as
# python3 makes them.
import math

inf, nan = math.inf, math.nan
print(math.copysign(1, -0.0), math.copysign(3, -inf), math.copysign(-2.5, 0.0))  # expect: -1.0 -3.0 2.5
print(math.copysign(0.0, -1), math.copysign(nan, -1))  # expect: -0.0 nan
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), 7 % -3)  # expect: 1.0 -1.0 1.0 -2
print(math.fmod(-0.0, 1), math.fmod(-1, 1), math.fmod(1, inf), math.fmod(nan, 0))  # expect: -0.0 -0.0 1.0 nan
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-1.0, 1), math.remainder(5, inf))  # expect: 1.0 -1.0 -0.0 5.0
print(math.modf(2.5), math.modf(-2.5), math.modf(inf), math.modf(-inf), math.modf(nan))  # expect: (0.5, 2.0) (-0.5, -2.0) (0.0, inf) (-0.0, -inf) (nan, nan)
print(math.frexp(8), math.frexp(0.0), math.frexp(-0.0), math.frexp(inf), math.frexp(-1e-310))  # expect: (0.5, 4) (0.0, 0) (-0.0, 0) (inf, 0) (-0.5752618031559393, -1029)
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -10 ** 30), math.ldexp(-0.0, 10 ** 30))  # expect: 8.0 0.0 0.0 -0.0
print(math.ldexp(inf, -10 ** 30), math.ldexp(3, True), math.ldexp(1, -1074))  # expect: inf 6.0 5e-324
print(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(1, 1))  # expect: 1.0000000000000002 -5e-324 1.0
print(math.ulp(1), math.ulp(-1.0), math.ulp(0.0), math.ulp(inf), math.ulp(nan))  # expect: 2.220446049250313e-16 2.220446049250313e-16 5e-324 inf nan
print(math.ulp(1.7976931348623157e308), math.ulp(1000.0), math.ulp(2 ** 52))  # expect: 1.99584030953472e+292 1.1368683772161603e-13 1.0
print(math.sqrt(-0.0), math.sqrt(inf), math.sqrt(nan), math.exp(-inf), math.exp(inf))  # expect: -0.0 inf nan 0.0 inf
print(math.atanh(-0.0), math.asinh(-0.0), math.sin(-0.0), math.tanh(1000), math.tanh(-inf))  # expect: -0.0 -0.0 -0.0 1.0 -1.0
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf), math.atan(inf))  # expect: 3.141592653589793 -3.141592653589793 0.7853981633974483 1.5707963267948966
print(math.log(inf), math.log(nan), math.log1p(inf), math.acosh(inf))  # expect: inf nan inf inf
print(math.pow(nan, 0), math.pow(1, nan), math.pow(-inf, 3), math.pow(-inf, -3), math.pow(-inf, 2))  # expect: 1.0 1.0 -inf -0.0 inf
print(math.pow(0.5, -inf), math.pow(2, -inf), math.pow(-1, inf), math.pow(0.0, 0), math.pow(1e-300, 2))  # expect: inf 0.0 1.0 1.0 0.0
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-inf, 3), math.dist([nan], [1]))  # expect: inf nan inf nan
print(math.fsum([inf, 1]), math.fsum([nan, inf]), math.fsum([-inf, -inf]))  # expect: inf nan -inf
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(-0.0, 0.0))  # expect: True False False True
print(math.isfinite(inf), math.isinf(nan), math.isnan(-nan), math.isfinite(-0.0))  # expect: False False True True
print(math.floor(-0.0), math.ceil(-0.25), math.trunc(-0.75), math.fabs(-inf))  # expect: 0 0 0 inf
print(math.degrees(inf), math.radians(-inf), math.degrees(-0.0))  # expect: inf -inf -0.0
