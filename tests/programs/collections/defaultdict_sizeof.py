# A defaultdict is a dict plus one pointer.
import sys
from collections import defaultdict
print(sys.getsizeof({}), sys.getsizeof(defaultdict()))  # expect: 64 72
d = defaultdict(list)
for i in range(10):
    d[i]
print(sys.getsizeof(d), sys.getsizeof(dict(d)))  # expect: 360 352
