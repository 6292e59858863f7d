# copy.copy of large containers is one shallow copy: the items are the
# same objects, in the same order.
import copy
rows = [[i] for i in range(2000)]
c = copy.copy(rows)
print(c is rows, len(c), all(a is b for a, b in zip(c, rows)))  # expect: False 2000 True
d = {i: [i] for i in range(2000)}
e = copy.copy(d)
print(e is d, list(e) == list(d), all(e[k] is d[k] for k in d))  # expect: False True True
s = set(range(2000))
t = copy.copy(s)
print(t is s, t == s)  # expect: False True
big = tuple(rows)
print(copy.copy(big) is big, copy.deepcopy(big) is big)  # expect: True False
