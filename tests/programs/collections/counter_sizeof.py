# A Counter instance is a dict plus 24 bytes.
import sys
from collections import Counter
print(sys.getsizeof(Counter()), sys.getsizeof(Counter('abc')), sys.getsizeof(dict(Counter('abc'))))  # expect: 88 208 184
