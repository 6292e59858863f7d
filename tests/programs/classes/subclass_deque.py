# A class deriving from collections.deque: deque_repr names the class,
# copies are made by calling the class.
import copy
import sys
from collections import deque


class History(deque):
    def __init__(self, items=(), maxlen=3):
        super().__init__(items, maxlen)

    def latest(self):
        return self[-1]


h = History()
for page in ['home', 'news', 'mail', 'maps']:
    h.append(page)
print(h, h.latest(), len(h), h.maxlen, type(h).__name__, isinstance(h, deque))  # expect: History(['news', 'mail', 'maps'], maxlen=3) maps 3 3 History True
h.user = 'ann'
print(h.user, list(h), h.popleft(), h, 'mail' in h, h == deque(['mail', 'maps']))  # expect: ann ['news', 'mail', 'maps'] news History(['mail', 'maps'], maxlen=3) True True
c = copy.copy(h)
print(c, type(c).__name__, c.maxlen, hasattr(c, 'user'), c is h)  # expect: History(['mail', 'maps'], maxlen=3) History 3 False False
d = copy.deepcopy(h)
print(d, d.user, type(d + deque([1])).__name__, sys.getsizeof(h) - sys.getsizeof(deque(h, 3)))  # expect: History(['mail', 'maps'], maxlen=3) ann History 16
print(History(range(5), None), History([1], 2))  # expect: History([0, 1, 2, 3, 4]) History([1], maxlen=2)
