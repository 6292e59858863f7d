# frozen=True: assigning or deleting a field raises FrozenInstanceError;
# equal frozen instances hash alike.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)  # expect: FrozenInstanceError cannot assign to field 'x'
try:
    del p.y
except AttributeError as e:
    print(e)  # expect: cannot delete field 'y'
try:
    p.z = 1
except FrozenInstanceError as e:
    print(e)  # expect: cannot assign to field 'z'
print(p, hash(p) == hash(Point(1, 2)))  # expect: Point(x=1, y=2) True
seen = {p, Point(1, 2), Point(0)}
print(len(seen))  # expect: 2
print(isinstance(FrozenInstanceError('m'), AttributeError))  # expect: True
