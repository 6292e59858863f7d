# update adds counts, subtract may leave zero or negative ones.
from collections import Counter
c = Counter('aab')
c.update('abc')
c.update({'a': 10})
print(c)  # expect: Counter({'a': 13, 'b': 2, 'c': 1})
c.subtract('aaaa')
c.subtract(b=5)
print(c)  # expect: Counter({'a': 9, 'c': 1, 'b': -3})
print(c.total())  # expect: 7
