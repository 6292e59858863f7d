# randrange and randint: _randbelow of the width (getrandbits of its bit
# length until below it), any size of int, negative steps, and random.py's
# errors word for word.
import random

random.seed(7)
print(random.randrange(10), random.randrange(5, 10), random.randrange(0, 100, 7))  # expect: 5 6 42
print(random.randrange(10, 0, -1), random.randrange(-5, 5), random.randrange(100, -100, -25))  # expect: 10 -4 75
print(random.randrange(10 ** 30), random.randrange(-(10 ** 20), 10 ** 20, 3))  # expect: 82198875030833313412209397493 -76858255710055942642
print(random.randrange(2 ** 64), random.randrange(1), random.randrange(True))  # expect: 17482144350526720241 0 0
print(random.randint(-3, 3), random.randint(0, 0), random.randint(10 ** 18, 10 ** 18 + 5))  # expect: -2 0 1000000000000000004
print(random.randint(1, 6.0), random.randint(2.0, 3), random.randrange(5, step=1))  # expect: 2 3 3
print(random.randrange(start=1, stop=3), random.randint(b=10, a=5))  # expect: 1 9


def error(*args, **kwargs):
    try:
        random.randrange(*args, **kwargs)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


print(error(0))  # expect: ValueError: empty range for randrange()
print(error(-3))  # expect: ValueError: empty range for randrange()
print(error(5, 5))  # expect: ValueError: empty range for randrange() (5, 5, 0)
print(error(5, 2))  # expect: ValueError: empty range for randrange() (5, 2, -3)
print(error(10 ** 20, 10))  # expect: ValueError: empty range for randrange() (100000000000000000000, 10, -99999999999999999990)
print(error(1, 5, 0))  # expect: ValueError: zero step for randrange()
print(error(1, 5, -1))  # expect: ValueError: empty range for randrange()
print(error(5, 1, 2))  # expect: ValueError: empty range for randrange()
print(error(5, step=2))  # expect: TypeError: Missing a non-None stop argument
print(error(5, None, 2))  # expect: TypeError: Missing a non-None stop argument
print(error("a"))  # expect: ValueError: invalid literal for int() with base 10: 'a'
print(error(None))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
print(error(1, []))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
print(error())  # expect: TypeError: Random.randrange() missing 1 required positional argument: 'start'
print(error(1, 2, 3, 4))  # expect: TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given
print(error(1, 2, stop=3))  # expect: TypeError: Random.randrange() got multiple values for argument 'stop'
print(error(1, 2, bad=3))  # expect: TypeError: Random.randrange() got an unexpected keyword argument 'bad'


def int_error(a, b):
    try:
        random.randint(a, b)
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


print(int_error(5, 1))  # expect: ValueError: empty range for randrange() (5, 2, -3)
print(int_error(1, 6.5))  # expect: ValueError: non-integer stop for randrange()
print(int_error(1.5, 6))  # expect: ValueError: non-integer arg 1 for randrange()
print(int_error("1", "6"))  # expect: TypeError: can only concatenate str (not "int") to str
print(int_error(1, "6"))  # expect: TypeError: can only concatenate str (not "int") to str
print(int_error(1, float("inf")))  # expect: OverflowError: cannot convert float infinity to integer
try:
    random.randint(1)
except TypeError as e:
    print(e)  # expect: Random.randint() missing 1 required positional argument: 'b'
try:
    random.randint()
except TypeError as e:
    print(e)  # expect: Random.randint() missing 2 required positional arguments: 'a' and 'b'
try:
    random.randint(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Random.randint() takes 3 positional arguments but 4 were given
try:
    random.randint(1, a=2)
except TypeError as e:
    print(e)  # expect: Random.randint() got multiple values for argument 'a'
try:
    random.randint("a", 5)
except ValueError as e:
    print(e, "/", repr(e.__context__))  # expect: invalid literal for int() with base 10: 'a' / TypeError("'str' object cannot be interpreted as an integer")
