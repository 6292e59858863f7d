# The order CPython 3.11 runs a pattern in: a class pattern reads all its
# attributes (positional ones through __match_args__, then keywords)
# before matching any sub-pattern; a mapping pattern looks up every key
# first; a value pattern compares subject == value, calling the subject's
# __eq__.  A failed case leaves nothing bound.
log = []

class Probe:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        log.append("a")
        return 1

    @property
    def b(self):
        log.append("b")
        return 2

    @property
    def c(self):
        log.append("c")
        return 3

class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"eq {self.v} {other}")
        return self.v == other

match Probe():
    case Probe(0, c=3):
        print("no")
    case Probe(1, 2, c=x):
        print("matched", x)  # expect: matched 3
print(log)  # expect: ['a', 'c', 'a', 'b', 'c']

log.clear()
match Loud(2):
    case 1:
        print("one")
    case 2:
        print("two")  # expect: two
print(log)  # expect: ['eq 2 1', 'eq 2 2']

log.clear()
match [Loud(5), Loud(6)]:
    case [5, 7]:
        print("no")
    case [5, 6] as pair:
        print("pair", len(pair))  # expect: pair 2
print(log)  # expect: ['eq 5 5', 'eq 6 7', 'eq 5 5', 'eq 6 6']

match (1, 2):
    case (first, 3):
        print("no")
    case (p, q):
        print(p, q)  # expect: 1 2
try:
    print(first)
except NameError as e:
    print(e)  # expect: name 'first' is not defined
