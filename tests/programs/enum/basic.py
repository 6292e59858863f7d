# Enum members are made once, when the class is: each is an instance of
# the class with a name and a value; the class looks them up.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

c = Color.RED
print(c)  # expect: Color.RED
print(repr(c))  # expect: <Color.RED: 1>
print(c.name, c.value)  # expect: RED 1
print(Color(2), Color['BLUE'])  # expect: Color.GREEN Color.BLUE
print(Color(1) is Color.RED, Color['RED'] is c)  # expect: True True
print(list(Color))  # expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
print(len(Color), Color.RED in Color)  # expect: 3 True
print([m.name for m in Color])  # expect: ['RED', 'GREEN', 'BLUE']
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)  # expect: True False True
print(type(Color.RED) is Color, isinstance(Color.GREEN, Enum))  # expect: True True
print(Color, Enum)  # expect: <enum 'Color'> <enum 'Enum'>
print(type(Color).__name__)  # expect: EnumType
print(f'{Color.BLUE}', str(Color.BLUE))  # expect: Color.BLUE Color.BLUE
print({Color.RED: 'stop'}[Color(1)])  # expect: stop
