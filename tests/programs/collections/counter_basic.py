# Counter counts the items of an iterable.
from collections import Counter
c = Counter('abracadabra')
print(c)  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(c['a'], c['z'], 'z' in c, len(c))  # expect: 5 0 False 5
print(Counter(), Counter({'x': 2}), Counter(a=1, b=3))  # expect: Counter() Counter({'x': 2}) Counter({'b': 3, 'a': 1})
