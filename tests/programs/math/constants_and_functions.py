# The math module: its constants and the libm functions, with python3's
# results to the last digit.
import math
import sys

print(math.pi, math.e, math.tau)  # expect: 3.141592653589793 2.718281828459045 6.283185307179586
print(math.inf, -math.inf, math.nan)  # expect: inf -inf nan
print(repr(math).startswith("<module 'math'"))  # expect: True
print(math.sqrt, math.floor)  # expect: <built-in function sqrt> <built-in function floor>
print(type(math.sqrt).__name__, type(math.pi).__name__)  # expect: builtin_function_or_method float
r = math.sqrt(2)
print(r, sys.getsizeof(r))  # expect: 1.4142135623730951 24
print(math.sqrt(16), math.sqrt(True), math.sqrt(10**30))  # expect: 4.0 1.0 1000000000000000.0
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2.0, 3))  # expect: 1024.0 1.4142135623730951 -8.0
print(math.exp(1), math.exp(-1000), math.expm1(1e-10))  # expect: 2.718281828459045 0.0 1.00000000005e-10
print(math.log(math.e), math.log(8, 2), math.log(100, 10))  # expect: 1.0 3.0 2.0
print(math.log2(1024), math.log10(0.001), math.log1p(1e-20))  # expect: 10.0 -3.0 1e-20
print(math.log(2 ** 10000), math.log2(2 ** 2000), math.log10(10 ** 500))  # expect: 6931.471805599453 2000.0 500.0
print(math.log(2 ** 1000, 2), math.log(10 ** 500, 10 ** 400))  # expect: 1000.0000000000001 1.2499999999999998
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))  # expect: 0.49999999999999994 0.5000000000000001 0.9999999999999999
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))  # expect: 1.5707963267948966 1.5707963267948966 0.7853981633974483 2.356194490192345
print(math.sinh(1), math.cosh(1), math.tanh(1))  # expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649
print(math.asinh(1), math.acosh(2), math.atanh(0.5))  # expect: 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.degrees(math.pi), math.radians(180), math.degrees(1))  # expect: 180.0 3.141592653589793 57.29577951308232
print(math.fabs(-3), math.fabs(-0.0), math.cbrt(27), math.exp2(10))  # expect: 3.0 0.0 3.0000000000000004 1024.0
print(math.erf(1), math.erfc(1))  # expect: 0.8427007929497149 0.15729920705028513
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-5), math.hypot())  # expect: 5.0 13.0 5.0 0.0
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))  # expect: 1.4142135623730951e+308 1.414e-320
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist([], []))  # expect: 5.0 13.0 0.0
print(math.fsum([0.1] * 10), sum([0.1] * 10))  # expect: 1.0 0.9999999999999999
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))  # expect: 1e-100
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(x / 10 for x in range(5)))  # expect: 1.0000000000000002e+16 0.0 1.0
print(math.fsum([1, 2 ** 60, 0.5]), math.fsum(iter([-0.0])))  # expect: 1.152921504606847e+18 0.0
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)))  # expect: 24 1 5.0 2432902008176640000
print(math.prod([2, 3], start=10), math.prod(["ab"], start=3))  # expect: 60 ababab
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1))  # expect: True False True
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(a=2, b=2))  # expect: False True True
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5))  # expect: True True True False
