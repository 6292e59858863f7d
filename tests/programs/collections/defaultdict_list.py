# defaultdict(list) groups values under new keys.
from collections import defaultdict
d = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat']:
    d[word[0]].append(word)
print(d)  # expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['bob'], 'c': ['cat']})
print(d['a'], len(d))  # expect: ['apple', 'avocado'] 3
