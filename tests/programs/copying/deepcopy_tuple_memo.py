# Tuples in a deep copy: returned as they are when every item deep-copies
# to itself (and then not memoized), copied once and shared when an item
# must be copied, and rebuilt around a cycle through a list.
import copy
same = tuple(range(1000))
holders = [(i, [i]) for i in range(3000)]
box = [same, same, holders, holders]
dup = copy.deepcopy(box)
print(dup[0] is same, dup[1] is same)  # expect: True True
print(dup[2] is dup[3], dup[2] is holders)  # expect: True False
print(all(t is not h for t, h in zip(dup[2], holders)))  # expect: True
print(all(t[0] is h[0] and t[1] is not h[1] for t, h in zip(dup[2], holders)))  # expect: True
a = []
t = (a,)
a.append(t)
d = copy.deepcopy(t)
print(d is t, d[0] is a, d[0][0] is d)  # expect: False False True
inner = [1]
pair = (inner, inner)
d = copy.deepcopy([pair, pair])
print(d[0] is d[1], d[0][0] is d[0][1], d[0][0] is inner)  # expect: True True False
