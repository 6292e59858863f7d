# Counting with defaultdict(int): a missing key starts at 0.
from collections import defaultdict
d = defaultdict(int)
for c in 'banana':
    d[c] += 1
print(d)  # expect: defaultdict(<class 'int'>, {'b': 1, 'a': 3, 'n': 2})
print(dict(d), isinstance(d, dict))  # expect: {'b': 1, 'a': 3, 'n': 2} True
