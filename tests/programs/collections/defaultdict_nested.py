# A factory can build nested structures.
from collections import defaultdict
tree = defaultdict(dict)
tree['a']['b'] = 1
tree['a']['c'] = 2
print(tree)  # expect: defaultdict(<class 'dict'>, {'a': {'b': 1, 'c': 2}})
print(defaultdict(str)['k'] + '!')  # expect: !
