# count, cycle and repeat: lazy iterators with CPython's type names, reprs
# and sizes; count and repeat show their state in their repr.
import itertools
import sys
from itertools import count, cycle, repeat

c = count(5)
print(type(c).__name__, c, sys.getsizeof(c))  # expect: count count(5) 56
print(next(c), next(c), c)  # expect: 5 6 count(7)
evens = count(0, 2)
print([next(evens) for _ in range(4)], evens)  # expect: [0, 2, 4, 6] count(8, 2)
f = count(0.5, 0.25)
print(next(f), next(f), f)  # expect: 0.5 0.75 count(1.0, 0.25)
down = count(start=3, step=-1)
print(next(down), down)  # expect: 3 count(2, -1)
t = count(True)
print(next(t), t, count(1, 1), count(0, True))  # expect: 1 count(2) count(1) count(0)
big = count(sys.maxsize)
print(next(big), big)  # expect: 9223372036854775807 count(9223372036854775808)
print(itertools.count, count.__name__)  # expect: <class 'itertools.count'> count

colors = cycle(['red', 'green'])
print(type(colors).__name__, sys.getsizeof(colors))  # expect: cycle 64
print([next(colors) for _ in range(5)])  # expect: ['red', 'green', 'red', 'green', 'red']
print(repr(colors).startswith('<itertools.cycle object at 0x'))  # expect: True
print(list(cycle([])))  # expect: []

r = repeat('ab', 3)
print(repr(r), sys.getsizeof(r))  # expect: repeat('ab', 3) 48
print(next(r), r)  # expect: ab repeat('ab', 2)
print(list(r), r, list(r))  # expect: ['ab', 'ab'] repeat('ab', 0) []
forever = repeat(None)
print(forever, next(forever), forever)  # expect: repeat(None) None repeat(None)
print(repeat(1, -4), repeat(object=[], times=2))  # expect: repeat(1, 0) repeat([], 2)
zeros = list(repeat(0, 5))
print(zeros, sys.getsizeof(zeros))  # expect: [0, 0, 0, 0, 0] 104
print(list(map(pow, range(4), repeat(2))))  # expect: [0, 1, 4, 9]
