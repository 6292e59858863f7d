# Counter is a dict subclass.
from collections import Counter
print(Counter, isinstance(Counter(), dict), type(Counter()).__name__)  # expect: <class 'collections.Counter'> True Counter
