# str size depends on the widest character.
import sys
print(sys.getsizeof(''))  # expect: 49
print(sys.getsizeof('a'), sys.getsizeof('abc'))  # expect: 50 52
print(sys.getsizeof('é'), sys.getsizeof('café'))  # expect: 74 77
print(sys.getsizeof('€'))  # expect: 76
print(sys.getsizeof('😀'))  # expect: 80
print(sys.getsizeof('a😀'))  # expect: 84
print(sys.getsizeof('x' * 100))  # expect: 149
