# Every error the math functions raise, with CPython's type and message.
import math


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(math.sqrt, -1)  # expect: ValueError: math domain error
attempt(math.log, 0)  # expect: ValueError: math domain error
attempt(math.log, -2 ** 10000)  # expect: ValueError: math domain error
attempt(math.log2, 0.0)  # expect: ValueError: math domain error
attempt(math.log10, -1)  # expect: ValueError: math domain error
attempt(math.log1p, -1)  # expect: ValueError: math domain error
attempt(math.log, 8, 0)  # expect: ValueError: math domain error
attempt(math.log, 8, 1)  # expect: ZeroDivisionError: float division by zero
attempt(math.acos, 2)  # expect: ValueError: math domain error
attempt(math.asin, -1.5)  # expect: ValueError: math domain error
attempt(math.acosh, 0)  # expect: ValueError: math domain error
attempt(math.atanh, 1)  # expect: ValueError: math domain error
attempt(math.sin, math.inf)  # expect: ValueError: math domain error
attempt(math.tan, -math.inf)  # expect: ValueError: math domain error
attempt(math.pow, 0.0, -1)  # expect: ValueError: math domain error
attempt(math.pow, -8, 1 / 3)  # expect: ValueError: math domain error
attempt(math.fmod, 1, 0)  # expect: ValueError: math domain error
attempt(math.fmod, math.inf, 1)  # expect: ValueError: math domain error
attempt(math.remainder, 1, 0)  # expect: ValueError: math domain error
attempt(math.exp, 1000)  # expect: OverflowError: math range error
attempt(math.expm1, 1000)  # expect: OverflowError: math range error
attempt(math.cosh, 1000)  # expect: OverflowError: math range error
attempt(math.sinh, -1000)  # expect: OverflowError: math range error
attempt(math.pow, 10.0, 400)  # expect: OverflowError: math range error
attempt(math.ldexp, 1.0, 2000)  # expect: OverflowError: math range error
attempt(math.ldexp, 1, 10 ** 30)  # expect: OverflowError: math range error
attempt(math.sqrt, 10 ** 400)  # expect: OverflowError: int too large to convert to float
attempt(math.isnan, 2 ** 1024)  # expect: OverflowError: int too large to convert to float
attempt(math.floor, math.inf)  # expect: OverflowError: cannot convert float infinity to integer
attempt(math.ceil, math.nan)  # expect: ValueError: cannot convert float NaN to integer
attempt(math.trunc, -math.inf)  # expect: OverflowError: cannot convert float infinity to integer
attempt(math.sqrt, "4")  # expect: TypeError: must be real number, not str
attempt(math.floor, None)  # expect: TypeError: must be real number, not NoneType
attempt(math.hypot, 3, [4])  # expect: TypeError: must be real number, not list
attempt(math.fsum, [1, "a"])  # expect: TypeError: must be real number, not str
attempt(math.isclose, 1, 2, rel_tol="a")  # expect: TypeError: must be real number, not str
attempt(math.trunc, "a")  # expect: TypeError: type str doesn't define __trunc__ method
attempt(math.factorial, -1)  # expect: ValueError: factorial() not defined for negative values
attempt(math.factorial, 1.0)  # expect: TypeError: 'float' object cannot be interpreted as an integer
attempt(math.factorial, 10 ** 20)  # expect: OverflowError: factorial() argument should not exceed 9223372036854775807
attempt(math.isqrt, -1)  # expect: ValueError: isqrt() argument must be nonnegative
attempt(math.isqrt, 2.0)  # expect: TypeError: 'float' object cannot be interpreted as an integer
attempt(math.gcd, 4, "6")  # expect: TypeError: 'str' object cannot be interpreted as an integer
attempt(math.lcm, 1.5)  # expect: TypeError: 'float' object cannot be interpreted as an integer
attempt(math.comb, -1, 2)  # expect: ValueError: n must be a non-negative integer
attempt(math.comb, 1, -2)  # expect: ValueError: k must be a non-negative integer
attempt(math.comb, 10 ** 30, 10 ** 20)  # expect: OverflowError: min(n - k, k) must not exceed 9223372036854775807
attempt(math.perm, -1)  # expect: ValueError: factorial() not defined for negative values
attempt(math.perm, 1, -1)  # expect: ValueError: k must be a non-negative integer
attempt(math.perm, 10 ** 30, 10 ** 20)  # expect: OverflowError: k must not exceed 9223372036854775807
attempt(math.ldexp, 1, 1.5)  # expect: TypeError: Expected an int as second argument to ldexp.
attempt(math.isclose, 1, 2, abs_tol=-1)  # expect: ValueError: tolerances must be non-negative
attempt(math.dist, [1], [1, 2])  # expect: ValueError: both points must have the same number of dimensions
attempt(math.dist, 1, 2)  # expect: TypeError: 'int' object is not iterable
attempt(math.fsum, [math.inf, -math.inf])  # expect: ValueError: -inf + inf in fsum
attempt(math.fsum, [1e308, 1e308])  # expect: OverflowError: intermediate overflow in fsum
attempt(math.prod, 5)  # expect: TypeError: 'int' object is not iterable
attempt(math.prod, ["a", "b"])  # expect: TypeError: can't multiply sequence by non-int of type 'str'
attempt(math.sqrt)  # expect: TypeError: math.sqrt() takes exactly one argument (0 given)
attempt(math.sqrt, 1, 2)  # expect: TypeError: math.sqrt() takes exactly one argument (2 given)
attempt(math.sqrt, x=1)  # expect: TypeError: math.sqrt() takes no keyword arguments
attempt(math.floor, 1.5, 2)  # expect: TypeError: math.floor() takes exactly one argument (2 given)
attempt(math.factorial)  # expect: TypeError: math.factorial() takes exactly one argument (0 given)
attempt(math.pow, 1)  # expect: TypeError: pow expected 2 arguments, got 1
attempt(math.pow, 1, y=2)  # expect: TypeError: math.pow() takes no keyword arguments
attempt(math.atan2, 1, 2, 3)  # expect: TypeError: atan2 expected 2 arguments, got 3
attempt(math.comb, 5)  # expect: TypeError: comb expected 2 arguments, got 1
attempt(math.perm)  # expect: TypeError: perm expected at least 1 argument, got 0
attempt(math.perm, 1, 2, 3)  # expect: TypeError: perm expected at most 2 arguments, got 3
attempt(math.log)  # expect: TypeError: math.log requires 1 to 2 arguments
attempt(math.log, 1, base=2)  # expect: TypeError: log() takes no keyword arguments
attempt(math.hypot, x=1)  # expect: TypeError: math.hypot() takes no keyword arguments
attempt(math.gcd, a=1)  # expect: TypeError: math.gcd() takes no keyword arguments
attempt(math.isclose, 1)  # expect: TypeError: isclose() missing required argument 'b' (pos 2)
attempt(math.isclose, 1, 2, 3)  # expect: TypeError: isclose() takes exactly 2 positional arguments (3 given)
attempt(math.isclose, 1, 2, tol=1)  # expect: TypeError: 'tol' is an invalid keyword argument for isclose()
attempt(math.isclose, 1, b=2, a=3)  # expect: TypeError: argument for isclose() given by name ('a') and position (1)
attempt(math.prod)  # expect: TypeError: prod() takes exactly 1 positional argument (0 given)
attempt(math.prod, [1], 2)  # expect: TypeError: prod() takes exactly 1 positional argument (2 given)
attempt(math.prod, iterable=[1])  # expect: TypeError: prod() takes exactly 1 positional argument (0 given)
attempt(math.prod, [1], begin=2)  # expect: TypeError: 'begin' is an invalid keyword argument for prod()
attempt(math.prod, [1], start=2, foo=3)  # expect: TypeError: prod() takes at most 2 arguments (3 given)
