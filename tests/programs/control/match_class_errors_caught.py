# The TypeErrors a class pattern raises when it is tested (not when it is
# compiled), caught: positional sub-patterns without __match_args__ (the
# built-in self-matching classes take one), a non-tuple __match_args__,
# an attribute asked for twice, a pattern whose name is not a class.
class Plain:
    pass

class Listy:
    __match_args__ = ["x"]

class Twice:
    __match_args__ = ("x", "x")
    x = 1

class Numbered:
    __match_args__ = (1,)

def attempt(subject, n):
    try:
        match subject:
            case Plain(_) if n == 0:
                pass
            case int(a, b) if n == 1:
                pass
            case Listy(x) if n == 2:
                pass
            case Twice(a, b) if n == 3:
                pass
            case Numbered(a) if n == 4:
                pass
            case len() if n == 5:
                pass
    except TypeError as e:
        print(e)

attempt(Plain(), 0)  # expect: Plain() accepts 0 positional sub-patterns (1 given)
attempt(3, 1)  # expect: int() accepts 1 positional sub-pattern (2 given)
attempt(Listy(), 2)  # expect: Listy.__match_args__ must be a tuple (got list)
attempt(Twice(), 3)  # expect: Twice() got multiple sub-patterns for attribute 'x'
attempt(Numbered(), 4)  # expect: __match_args__ elements must be strings (got int)
attempt("x", 5)  # expect: called match pattern must be a type
