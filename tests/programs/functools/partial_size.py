# Sizes of partial objects.
import sys
from functools import partial
p = partial(abs)
print(sys.getsizeof(p))  # expect: 80
print(p(-3))  # expect: 3
print(p.args, p.keywords)  # expect: () {}
p.label = 'absolute'
print(p.label)  # expect: absolute
print(type(p).__name__)  # expect: partial
