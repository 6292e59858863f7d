# A misspelt name gets CPython's suggestion, from random's own names.
import random

r = random.Random(3)
print(r.randint(1, 3))  # expect: 1
random.randit(1, 6)
# expect-error: AttributeError: module 'random' has no attribute 'randit'. Did you mean: 'randint'?
