# Library classes bound by from-imports are listed objects: a static type
# (deque), a C extension's type (array, partial), Python classes
# (Counter, suppress: its metaclass is ABCMeta).
from collections import deque, defaultdict, Counter
from array import array
from functools import partial
from contextlib import suppress
print(deque.__name__, type(deque).__name__, deque)  # expect: deque type <class 'collections.deque'>
print(array.__name__, partial.__name__, array)  # expect: array partial <class 'array.array'>
print(Counter, suppress)  # expect: <class 'collections.Counter'> <class 'contextlib.suppress'>
d = deque([1])
a = array('i', [2])
print(type(d).__name__, type(a).__name__, type(defaultdict(int)).__name__)  # expect: deque array defaultdict
