# total_ordering derives the other comparisons from __lt__ and __eq__.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b, c = Version(1), Version(2), Version(1)
print(a < b, a > b, a <= b, a >= b)  # expect: True False True False
print(a <= c, a >= c, b > a, b >= a)  # expect: True True True True
print(sorted([b, a, c], key=lambda v: v) [0] is a)  # expect: True
print(max(a, b) is b)  # expect: True
