# The order a function's captures are bound in (its frame's variables):
# CPython 3.11 stores them in pattern order, except where its compiler
# resolves a stack SWAP by reordering the stores; at module level (and
# in class bodies) they are always in pattern order.
class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def mapping(s):
    match s:
        case {"k": v, **rest}:
            return v, rest

def sequence(s):
    match s:
        case [a, [b, c], *d] as e:
            return a, b, c, d, e

def alternatives(s):
    match s:
        case P(a, y=[b, c]) | P(b, y=[a, c]):
            return a, b, c

def rotated(s):
    match s:
        case (a, b, c) | (b, c, a) | (c, a, b):
            return a, b, c

def keys(s):
    match s:
        case {"a": [a, b], "b": P(c, d), **e}:
            return a + b + c + d

print(mapping({"k": 1, "j": 2}))  # expect: (1, {'j': 2})
print(sequence([1, [2, 3], 4, 5]))  # expect: (1, 2, 3, [4, 5], [1, [2, 3], 4, 5])
print(alternatives(P(1, [2, 3])))  # expect: (1, 2, 3)
print(rotated((1, 2, 3)))  # expect: (1, 2, 3)
print(keys({"a": [1, 2], "b": P(3, 4), "z": 0}))  # expect: 10

match {"k": 1, "j": 2}:
    case {"k": v, **rest}:
        pass
match P(1, [2, 3]):
    case P(a, y=[b, c]) | P(b, y=[a, c]):
        pass
print(v, rest, a, b, c)  # expect: 1 {'j': 2} 1 2 3
