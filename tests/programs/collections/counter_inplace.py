# In-place forms mutate the counter and then drop non-positive counts.
from collections import Counter
c = Counter(a=2, b=1)
d = c
c += Counter(b=-1, e=4)
print(c, d is c)  # expect: Counter({'e': 4, 'a': 2}) True
c -= Counter(a=5)
print(c)  # expect: Counter({'e': 4})
c |= Counter(z=2)
c &= Counter(e=1, z=5)
print(c)  # expect: Counter({'z': 2, 'e': 1})
