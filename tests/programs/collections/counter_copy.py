# copy keeps the Counter type.
import copy
from collections import Counter
c = Counter('hello')
print(c.copy(), type(c.copy()).__name__)  # expect: Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) Counter
print(copy.copy(c) == c, copy.deepcopy(c))  # expect: True Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1})
