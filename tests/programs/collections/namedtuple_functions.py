# The methods namedtuple() gives a class are functions named after it;
# _make is a classmethod; __match_args__ is the _fields tuple.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(type(P._replace).__name__, P._replace.__qualname__)  # expect: function P._replace
print(P._make)  # expect: <bound method P._make of <class '__main__.P'>>
print(P.__match_args__ is P._fields, p.__getnewargs__())  # expect: True (1, 2)
r = p._replace(y=5)
print(r, p._asdict())  # expect: P(x=1, y=5) {'x': 1, 'y': 2}
