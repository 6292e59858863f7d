# A Counter shows its items; a partial its func, args and keywords; a
# contextlib.suppress (an instance of a library class) nothing.
from collections import Counter, defaultdict
from functools import partial
from contextlib import suppress
c = Counter('abca')
dd = defaultdict(list)
dd['k'].append(1)
p = partial(print, 1, sep='-')
p2 = partial(max)
cm = suppress(KeyError)
print(c['a'], dict(dd), p.args, p2.keywords)  # expect: 2 {'k': [1]} (1,) {}
