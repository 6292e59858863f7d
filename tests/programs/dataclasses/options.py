# dataclass() options: eq=False keeps identity comparison, repr=False
# keeps object's repr, init=False keeps object's __init__.
from dataclasses import dataclass, field, replace

@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)

a, b = Node(1), Node(1)
print(a == b, a == a, hash(a) == hash(a))  # expect: False True True

@dataclass(repr=False)
class Quiet:
    x: int

print(repr(Quiet(1)).startswith('<__main__.Quiet object at'))  # expect: True

@dataclass(unsafe_hash=True)
class Key:
    k: str

print(hash(Key('a')) == hash(Key('a')), {Key('a'): 1}[Key('a')])  # expect: True 1
p = Node(5, [1])
q = replace(p, value=6)
print(q.value, q.children is p.children)  # expect: 6 True
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)  # expect: cannot specify both default and default_factory
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print(e)  # expect: eq must be true if order is true
