# partial fixes some arguments in advance.
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2))  # expect: 25 8
print(square.func is power, square.args, square.keywords)  # expect: True () {'exp': 2}
print(square(5, exp=3))  # expect: 125
two_to = partial(power, 2)
print(two_to(10))  # expect: 1024
print(two_to.args, two_to.keywords)  # expect: (2,) {}
