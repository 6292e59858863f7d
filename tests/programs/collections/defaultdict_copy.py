# copy() and copy.copy keep the type and the factory; deepcopy copies values.
import copy
from collections import defaultdict
d = defaultdict(list, a=[1])
c = d.copy()
s = copy.copy(d)
t = copy.deepcopy(d)
d['a'].append(2)
print(c, type(c).__name__, c['a'] is d['a'])  # expect: defaultdict(<class 'list'>, {'a': [1, 2]}) defaultdict True
print(s, s.default_factory)  # expect: defaultdict(<class 'list'>, {'a': [1, 2]}) <class 'list'>
print(t, t['a'] is d['a'])  # expect: defaultdict(<class 'list'>, {'a': [1]}) False
