# copy.copy and copy.deepcopy of a Random give a new generator in the same
# state (Random.__reduce__ passes getstate() to setstate()).
import copy
import random

r = random.Random(21)
r.gauss()
c = copy.copy(r)
d = copy.deepcopy(r)
print(c is r, type(c).__name__, c.gauss_next == r.gauss_next)  # expect: False Random True
print(c.random() == r.random(), d.random() == c.random(), d.gauss() == c.gauss())  # expect: True False True
print(copy.deepcopy([r, r])[0] is not r)  # expect: True
