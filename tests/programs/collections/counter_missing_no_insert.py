# Reading a missing key gives 0 without adding it; del of a missing key is fine.
from collections import Counter
c = Counter('ab')
print(c['q'], c)  # expect: 0 Counter({'a': 1, 'b': 1})
del c['q']
del c['a']
print(c)  # expect: Counter({'b': 1})
