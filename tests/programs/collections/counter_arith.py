# + - | & keep positive counts only.
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b)  # expect: Counter({'a': 4, 'b': 3})
print(a - b)  # expect: Counter({'a': 2, 'd': 2})
print(a | b)  # expect: Counter({'a': 3, 'b': 2})
print(a & b)  # expect: Counter({'a': 1, 'b': 1})
print(+Counter(x=1, y=-1), -Counter(x=1, y=-1))  # expect: Counter({'x': 1}) Counter({'y': 1})
