# Targets that are not plain names store nothing in __annotations__, but
# their annotations are still evaluated at module level.
class Box:
    pass

b = Box()
b.size: int = 3
d = {}
d['k']: str = 'v'
(plain): int = 1
print(b.size, d, plain)  # expect: 3 {'k': 'v'} 1
print(__annotations__)  # expect: {}
try:
    b.other: undefined_name
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
