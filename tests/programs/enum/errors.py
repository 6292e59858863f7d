# The messages of a bad lookup, of changing a member, of an enum with
# members subclassed.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

try:
    Color(4)
except ValueError as e:
    print(e)  # expect: 4 is not a valid Color
try:
    Color['PINK']
except KeyError as e:
    print(repr(e))  # expect: KeyError('PINK')
try:
    Color.RED = 5
except AttributeError as e:
    print(e)  # expect: cannot reassign member 'RED'
try:
    del Color.GREEN
except AttributeError as e:
    print(e)  # expect: 'Color' cannot delete member 'GREEN'.
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)  # expect: <enum 'More'> cannot extend <enum 'Color'>
try:
    Color.RED.value = 3
except AttributeError:
    print('read-only')  # expect: read-only
print(Color('x' if False else 2))  # expect: Color.GREEN
