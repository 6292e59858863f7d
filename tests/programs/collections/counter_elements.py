# elements() repeats each item by its positive count.
from collections import Counter
c = Counter(a=2, b=0, c=-1, d=1)
print(list(c.elements()))  # expect: ['a', 'a', 'd']
print(sorted(Counter('hello').elements()))  # expect: ['e', 'h', 'l', 'l', 'o']
