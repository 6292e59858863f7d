# The type's name and the module it comes from.
import collections
from collections import deque
print(deque, deque.__name__, type(deque()) is collections.deque)  # expect: <class 'collections.deque'> deque True
print(isinstance(deque(), deque), bool(deque()), bool(deque([0])))  # expect: True False True
