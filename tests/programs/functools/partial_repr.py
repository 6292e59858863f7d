# partial's repr shows the function and the fixed arguments.
from functools import partial
p = partial(max, 1, 2)
print(p)  # expect: functools.partial(<built-in function max>, 1, 2)
print(p(7))  # expect: 7
q = partial(sorted, reverse=True)
print(q)  # expect: functools.partial(<built-in function sorted>, reverse=True)
print(q('bca'))  # expect: ['c', 'b', 'a']
r = partial(print, 'a', sep='-')
print(repr(r))  # expect: functools.partial(<built-in function print>, 'a', sep='-')
print(type(p))  # expect: <class 'functools.partial'>
