# Annotated class attributes: __annotations__ is the class's own dict,
# made when the body runs; a name annotated without a value is no attribute.
class Point:
    x: int = 0
    y: int = 0
    label: str

class Point3(Point):
    z: int = 0

class Plain:
    pass

print(Point.__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'int'>, 'label': <class 'str'>}
print(Point3.__annotations__)  # expect: {'z': <class 'int'>}
print(Plain.__annotations__)  # expect: {}
print(Point.x, hasattr(Point, 'label'))  # expect: 0 False
p = Point()
p.x = 5
print(p.x, Point.x)  # expect: 5 0
print('__annotations__' in Plain.__dict__)  # expect: True

class Person:
    def __init__(self, name: str) -> None:
        self.name: str = name
        self.age: int

print(Person('Ada').name)  # expect: Ada
print(Person.__init__.__annotations__)  # expect: {'name': <class 'str'>, 'return': None}
