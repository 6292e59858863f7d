# randrange of a float goes through int() with a DeprecationWarning, which
# python3 prints and refviz does not model: refused (randint's own call of
# randrange is silent in CPython, and modelled).
import random

random.seed(3)
print(random.randint(1, 6.0))  # expect: 2
print(random.randrange(6.0))
# expect-refviz-error: refviz: unsupported: random.randrange() of a non-integer (CPython prints a DeprecationWarning, and refviz does not model warnings) (randrange_float_unsupported.py:8)
