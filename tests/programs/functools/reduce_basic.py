# reduce folds a sequence from the left.
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))  # expect: 10
print(reduce(lambda a, b: a * b, range(1, 6)))  # expect: 120
print(reduce(lambda a, b: a + b, [], 0))  # expect: 0
print(reduce(lambda a, b: a + [b], 'abc', []))  # expect: ['a', 'b', 'c']
print(reduce(max, [3, 9, 2]))  # expect: 9
print(reduce(lambda a, b: a - b, [10], 1))  # expect: -9
print(reduce(lambda a, b: a, [7]))  # expect: 7
