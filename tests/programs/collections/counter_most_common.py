# most_common sorts by count; equal counts keep first-seen order.
from collections import Counter
c = Counter('mississippi')
print(c.most_common())  # expect: [('i', 4), ('s', 4), ('p', 2), ('m', 1)]
print(c.most_common(2))  # expect: [('i', 4), ('s', 4)]
print(c.most_common(0), Counter().most_common())  # expect: [] []
