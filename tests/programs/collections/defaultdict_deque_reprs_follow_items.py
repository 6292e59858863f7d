# A deque's and a defaultdict's repr in the trace follow their items: a list
# inside them that changes shows its new items in theirs, a defaultdict that
# contains itself prints {...} there, and a long deque's repr is cut.
from collections import defaultdict, deque
groups = defaultdict(list)
groups['a'].append(1)
groups['a'].append(2)
groups['self'] = groups
print(groups)  # expect: defaultdict(<class 'list'>, {'a': [1, 2], 'self': defaultdict(<class 'list'>, {...})})
window = deque([[0], [1]], maxlen=3)
window[0].append(9)
print(window)  # expect: deque([[0, 9], [1]], maxlen=3)
long = deque(range(100))
long[0] = 'first'
print(len(repr(long)))  # expect: 403
groups.default_factory = None
print(groups['a'])  # expect: [1, 2]
