# What a sequence pattern accepts: list, tuple, range, deque, array and
# namedtuples; never str, dict or set.  A mapping pattern accepts dict and
# its library subclasses.  [*_] and {} only check the kind.
import sys
from array import array
from collections import Counter, defaultdict, deque, namedtuple

Pair = namedtuple("Pair", "a b")

def kind(x):
    match x:
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "neither"

for v in [[1], (1,), range(3), deque([1]), array("i", [1]), Pair(1, 2), "ab",
          {"a": 1}, defaultdict(int), Counter("ab"), {1}, 3]:
    print(type(v).__name__, kind(v))
# expect: list sequence
# expect: tuple sequence
# expect: range sequence
# expect: deque sequence
# expect: array sequence
# expect: Pair sequence
# expect: str neither
# expect: dict mapping
# expect: defaultdict mapping
# expect: Counter mapping
# expect: set neither
# expect: int neither

match range(10, 15):
    case [first, *middle, last]:
        print(first, middle, last)  # expect: 10 [11, 12, 13] 14
match deque([1, 2, 3, 4]):
    case [a, *_, b]:
        print(a, b)  # expect: 1 4
match Pair(5, 6):
    case Pair(a=5, b=b):
        print("b is", b)  # expect: b is 6
match "xyz":
    case [a, b, c]:
        print("never")
    case str(s):
        print("a string", s)  # expect: a string xyz
counts = defaultdict(list)
match counts:
    case {"missing": _}:
        print("never")
    case _:
        print(len(counts))  # expect: 0
rest_size = None
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        rest_size = sys.getsizeof(rest)
print(rest, rest_size)  # expect: {'b': 2, 'c': 3} 184
