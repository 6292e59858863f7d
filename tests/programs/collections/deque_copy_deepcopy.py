# copy.copy shares the lists, copy.deepcopy copies them.
import copy
from collections import deque
d = deque([[1], [2]], maxlen=5)
s = copy.copy(d)
t = copy.deepcopy(d)
d[0].append(9)
print(s, s[0] is d[0])  # expect: deque([[1, 9], [2]], maxlen=5) True
print(t, t[0] is d[0], t.maxlen)  # expect: deque([[1], [2]], maxlen=5) False 5
