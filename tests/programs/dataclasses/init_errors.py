# The generated __init__ binds its arguments as any function does.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

try:
    Point(1)
except TypeError as e:
    print(e)  # expect: Point.__init__() missing 1 required positional argument: 'y'
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Point.__init__() takes 3 positional arguments but 4 were given
try:
    Point(1, y=2, z=3)
except TypeError as e:
    print(e)  # expect: Point.__init__() got an unexpected keyword argument 'z'
p = Point(y=1, x=2)
print(p)  # expect: Point(x=2, y=1)
