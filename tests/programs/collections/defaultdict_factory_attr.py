# default_factory can be read and replaced.
from collections import defaultdict
d = defaultdict(list)
print(d.default_factory)  # expect: <class 'list'>
d.default_factory = set
d['s'].add(1)
print(d)  # expect: defaultdict(<class 'set'>, {'s': {1}})
d.default_factory = None
print(d)  # expect: defaultdict(None, {'s': {1}})
