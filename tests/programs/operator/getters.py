# itemgetter, attrgetter and methodcaller: callables that remember what to
# fetch; as sort keys they are called once per item.
import operator
import sys
from operator import attrgetter, itemgetter, methodcaller

second = itemgetter(1)
print(second, type(second).__name__, sys.getsizeof(second))  # expect: operator.itemgetter(1) itemgetter 64
print(second('abc'), second([10, 20]), second({1: 'one'}))  # expect: b 20 one
corners = itemgetter(0, -1)
print(corners, corners('python'), corners([1, 2, 3]))  # expect: operator.itemgetter(0, -1) ('p', 'n') (1, 3)
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=second), max(pairs, key=itemgetter(0)))  # expect: [('c', 1), ('b', 2), ('a', 3)] ('c', 1)
print(list(map(itemgetter('name'), [{'name': 'ann'}, {'name': 'bob'}])))  # expect: ['ann', 'bob']


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = 'p%d' % x

    def norm(self, power=2):
        return abs(self.x) ** power + abs(self.y) ** power


points = [Point(3, 1), Point(-1, 2), Point(0, 0)]
by_x = attrgetter('x')
print(by_x, sys.getsizeof(by_x), [p.x for p in sorted(points, key=by_x)])  # expect: operator.attrgetter('x') 56 [-1, 0, 3]
both = attrgetter('x', 'y')
print(both, both(points[0]))  # expect: operator.attrgetter('x', 'y') (3, 1)
dotted = attrgetter('label.upper', 'x.real')
print(dotted, dotted(points[1])[0](), dotted(points[1])[1])  # expect: operator.attrgetter('label.upper', 'x.real') P-1 -1
norm = methodcaller('norm')
cube = methodcaller('norm', power=3)
print(norm, cube, sys.getsizeof(norm))  # expect: operator.methodcaller('norm') operator.methodcaller('norm', power=3) 56
print([norm(p) for p in points], cube(points[0]))  # expect: [10, 5, 0] 28
print(methodcaller('split', ',', 1)('a,b,c'), methodcaller('upper')('hi'))  # expect: ['a', 'b,c'] HI
print(operator.itemgetter, operator.methodcaller.__name__)  # expect: <class 'operator.itemgetter'> methodcaller
