# All dict methods work on a defaultdict.
from collections import defaultdict
d = defaultdict(int, {'x': 1, 'y': 2})
print(list(d.keys()), list(d.values()), list(d.items()))  # expect: ['x', 'y'] [1, 2] [('x', 1), ('y', 2)]
print(d.pop('x'), d)  # expect: 1 defaultdict(<class 'int'>, {'y': 2})
d.update(z=3)
print(d, d == {'y': 2, 'z': 3})  # expect: defaultdict(<class 'int'>, {'y': 2, 'z': 3}) True
print(d | {'w': 0})  # expect: defaultdict(<class 'int'>, {'y': 2, 'z': 3, 'w': 0})
