from collections import namedtuple
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1])
print(Q(5), Q(5, c=9), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'x, class, x', rename=True)
print(R._fields, R(1, 2, 3))
print(Q.a, Q.a.__doc__)
# expect: Q(a=5, b=0, c=1) Q(a=5, b=0, c=9) {'b': 0, 'c': 1} (0, 1)
# expect: ('x', '_1', '_2') R(x=1, _1=2, _2=3)
# expect: _tuplegetter(0, 'Alias for field number 0') Alias for field number 0
