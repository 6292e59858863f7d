# Class patterns: positional sub-patterns through __match_args__, keyword
# sub-patterns by attribute, nested class patterns, and the built-in
# classes that match their subject itself (int(x), str(s), float(f)).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Rectangle:
    def __init__(self, corner, width, height):
        self.corner = corner
        self.width = width
        self.height = height

def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return "a point"
        case Circle(Point(0, 0), r):
            return f"a circle of radius {r} around the origin"
        case Circle(center, radius=r) if r > 10:
            return f"a big circle at ({center.x}, {center.y})"
        case Circle():
            return "a small circle"
        case Rectangle(width=w, height=h) if w == h:
            return f"a square of side {w}"
        case Rectangle(corner=Point(x, y), width=w):
            return f"a rectangle at ({x}, {y}) {w} wide"
        case int(n) | float(n):
            return f"the number {n}"
        case str() as s:
            return f"the text {s}"
        case _:
            return "something else"

print(describe(Point(0, 0)))  # expect: the origin
print(describe(Point(0, 5)))  # expect: on the y axis at 5
print(describe(Point(3, 0)))  # expect: on the x axis at 3
print(describe(Point(1, 2)))  # expect: a point
print(describe(Circle(Point(0, 0), 2)))  # expect: a circle of radius 2 around the origin
print(describe(Circle(Point(1, 1), 12)))  # expect: a big circle at (1, 1)
print(describe(Circle(Point(1, 1), 2)))  # expect: a small circle
print(describe(Rectangle(Point(0, 0), 4, 4)))  # expect: a square of side 4
print(describe(Rectangle(Point(2, 3), 4, 1)))  # expect: a rectangle at (2, 3) 4 wide
print(describe(7))  # expect: the number 7
print(describe(2.5))  # expect: the number 2.5
print(describe(True))  # expect: the number True
print(describe("hi"))  # expect: the text hi
print(describe([1]))  # expect: something else
