# get, `in` and setdefault do not call the factory.
from collections import defaultdict
d = defaultdict(list)
print(d.get('x'), 'x' in d, d)  # expect: None False defaultdict(<class 'list'>, {})
print(d.setdefault('y', 5), d)  # expect: 5 defaultdict(<class 'list'>, {'y': 5})
print(d['z'], d)  # expect: [] defaultdict(<class 'list'>, {'y': 5, 'z': []})
