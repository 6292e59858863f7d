# Inheritance and polymorphism: shapes with area and perimeter.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"

class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r

shapes = [Rectangle(3, 4), Square(2), Circle(1.5)]
for s in shapes:
    print(s.describe())
print(sorted(s.name for s in shapes))
print(sum(s.area() for s in shapes) > 20)
try:
    Shape("blob").area()
except NotImplementedError:
    print("abstract shape has no area")
print(isinstance(shapes[1], Rectangle), type(shapes[1]).__name__)
# expect: rectangle: area 12.00, perimeter 14.00
# expect: square: area 4.00, perimeter 8.00
# expect: circle: area 7.07, perimeter 9.42
# expect: ['circle', 'rectangle', 'square']
# expect: True
# expect: abstract shape has no area
# expect: True Square
