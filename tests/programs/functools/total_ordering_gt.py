# A class defining only __gt__ gets <, <= and >=.
from functools import total_ordering
@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
x, y = Score(3), Score(5)
print(x < y, x <= y, x >= y, y >= x, x <= Score(3))  # expect: True True False True True
print(Score.__lt__.__name__)  # expect: __lt__
