# partial needs a callable.
from functools import partial
p = partial(len)
print(p('abc'))  # expect: 3
partial(1)  # expect-error: TypeError: the first argument must be callable
