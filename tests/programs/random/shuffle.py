# shuffle mutates the list in place (the same object, the same items, in
# CPython's order); other mutable sequences are shuffled through their
# items; immutable ones refuse item assignment.
import random
import sys
from collections import deque

random.seed(10)
cards = ["A", "K", "Q", "J", "10"]
alias = cards
before = sys.getsizeof(cards)
result = random.shuffle(cards)
print(cards, result)  # expect: ['J', 'Q', 'K', 'A', '10'] None
print(alias is cards, sys.getsizeof(cards) == before)  # expect: True True
nested = [[1], [2], [3], [4]]
inner = nested[0]
random.shuffle(nested)
print(nested, inner in nested)  # expect: [[3], [2], [4], [1]] True
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)  # expect: [1] []
d = deque(range(8))
random.shuffle(d)
print(d)  # expect: deque([3, 4, 5, 0, 1, 2, 6, 7])
numbers = list(range(30))
random.shuffle(numbers)
print(numbers)  # expect: [24, 20, 17, 0, 6, 21, 16, 3, 27, 15, 5, 18, 22, 29, 28, 14, 8, 9, 26, 12, 25, 19, 4, 13, 1, 11, 23, 7, 2, 10]
r = random.Random(4)
r.shuffle(numbers)
print(numbers[:10])  # expect: [26, 1, 16, 29, 5, 12, 25, 7, 18, 8]
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
try:
    random.shuffle("abc")
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
try:
    random.shuffle(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
try:
    random.shuffle([1, 2], lambda: 0.5)
except TypeError as e:
    print(e)  # expect: Random.shuffle() takes 2 positional arguments but 3 were given
single = (7,)
random.shuffle(single)
print(single)  # expect: (7,)
