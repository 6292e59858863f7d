# An empty iterable needs an initial value.
from functools import reduce
print(reduce(lambda a, b: a + b, [5]))  # expect: 5
reduce(lambda a, b: a + b, [])  # expect-error: TypeError: reduce() of empty iterable with no initial value
