# The real-valued distributions give python3's floats to the last digit:
# the same draws, the same libm functions, the same order of operations.
import random

random.seed(314)
print(random.uniform(0, 10), random.uniform(5, -5), random.uniform(2, 2))  # expect: 1.9643127513153125 3.885342391152485 2.0
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9))  # expect: 0.5688017151063718 3.4222186996618653 4.323536439589243
print(random.triangular(1, 1, 1), random.triangular(3, 3))  # expect: 1 3.0
print(random.normalvariate(), random.normalvariate(100, 15))  # expect: 0.2797353128425278 86.65565526456544
print(random.gauss(), random.gauss(), random.gauss(10, 2))  # expect: 0.7258954255056408 0.1289928503262711 9.957598376604324
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.expovariate(-2))  # expect: 0.24260431818742642 0.484978252909565 -0.41807684538639217
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(-2, 0.5))  # expect: 1.3541783070800084 1.2912045795178864 2.7298754638413305
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(9, 0.5))  # expect: 0.27255145123048763 1.517752211639568 4.379132720104338
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5))  # expect: 0.45842662216543795 0.7699376918230292
print(random.paretovariate(3), random.weibullvariate(1, 1.5))  # expect: 1.8120271544173556 0.4751458050063706
print(random.uniform(1, 2) < 2, type(random.uniform(1, 2)).__name__, random.uniform(a=0, b=1))  # expect: True float 0.19862554046612257
r = random.Random(5)
print(r.gauss(0, 1), r.gauss_next, r.gauss(0, 1), r.gauss_next)  # expect: -1.1788417512306717 -1.1481606807908016 -1.1481606807908016 None
r.seed(5)
print(r.gauss_next, r.gauss(0, 1))  # expect: None -1.1788417512306717


def error(f, *args):
    try:
        f(*args)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


print(error(random.uniform, "a", "b"))  # expect: TypeError: unsupported operand type(s) for -: 'str' and 'str'
print(error(random.uniform, 1))  # expect: TypeError: Random.uniform() missing 1 required positional argument: 'b'
print(error(random.gauss, "a"))  # expect: TypeError: can only concatenate str (not "float") to str
print(error(random.expovariate, 0))  # expect: ZeroDivisionError: float division by zero
print(error(random.gammavariate, 0, 1))  # expect: ValueError: gammavariate: alpha and beta must be > 0.0
print(error(random.gammavariate, 1, -1))  # expect: ValueError: gammavariate: alpha and beta must be > 0.0
print(error(random.betavariate, 1, 0))  # expect: ValueError: gammavariate: alpha and beta must be > 0.0
print(error(random.paretovariate, 0))  # expect: ZeroDivisionError: float division by zero
print(error(random.triangular, 0, 1, "x"))  # expect: TypeError: unsupported operand type(s) for -: 'str' and 'int'
print(error(random.normalvariate, 0, 1, 2))  # expect: TypeError: Random.normalvariate() takes from 1 to 3 positional arguments but 4 were given
