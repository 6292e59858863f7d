# Counters compare like multisets (missing counts are zero).
from collections import Counter
print(Counter(a=1) == Counter(a=1, b=0))  # expect: True
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1))  # expect: True False
print(Counter(a=1) == {'a': 1})  # expect: True
