# `from M import *` binds M.__all__'s names in __all__'s order (array's
# __all__ starts with 'ArrayType'), else M's public names in its dict's
# order (math, which has no __all__).
from array import *
print([n for n in globals() if not n.startswith('__')])
from math import *
names = [n for n in globals() if not n.startswith('__')]
print(names[3:6], names[-4:])
print(ArrayType is array, floor(pi))
# expect: ['ArrayType', 'array', 'typecodes']
# expect: ['acos', 'acosh', 'asin'] ['e', 'tau', 'inf', 'nan']
# expect: True 3
