# tee makes independent iterators over one iterable: the items read by
# the one ahead are kept until every copy has read them.
import itertools
import sys


def numbers():
    for n in range(3):
        print('  read', n)
        yield [n]


a, b = itertools.tee(numbers())
print(type(a).__name__, sys.getsizeof(a), a is b)  # expect: _tee 56 False
first = next(a)
# expect:   read 0
second = next(a)
# expect:   read 1
print(first, second, next(b), next(b) is second)  # expect: [0] [1] [0] True
first = second = None
print(list(a))
# expect:   read 2
# expect: [[2]]
print(list(b))  # expect: [[2]]
c, d, e = itertools.tee('xy', 3)
print(next(c), list(d), list(e), list(c))  # expect: x ['x', 'y'] ['x', 'y'] ['y']
f, g = itertools.tee(c)
print(list(f), list(g), itertools.tee([], 0))  # expect: [] [] ()
h = a.__copy__()
print(type(h).__name__, list(h))  # expect: _tee []
