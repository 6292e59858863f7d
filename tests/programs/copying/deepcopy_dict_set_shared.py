# Dicts and sets in a deep copy: keys that are atomic stay the same
# objects, values shared between dicts stay shared, frozensets of atomic
# items are copied (they go through __reduce_ex__), sets copied once.
import copy
shared = [0]
tags = frozenset({'a', 'b'})
ds = [{'k': i, 'v': shared, 't': tags} for i in range(2000)]
s = {1, 2, 3}
dup = copy.deepcopy([ds, s, s, shared])
print(all(d['v'] is dup[3] for d in dup[0]))  # expect: True
print(dup[3] is shared, dup[0][0] is ds[0])  # expect: False False
print(all(d['t'] is dup[0][0]['t'] for d in dup[0]))  # expect: True
print(dup[0][0]['t'] is tags, dup[0][0]['t'] == tags)  # expect: False True
print(dup[1] is dup[2], dup[1] is s, dup[1])  # expect: True False {1, 2, 3}
print(list(dup[0][5]) == list(ds[5]), dup[0][5]['k'] is ds[5]['k'])  # expect: True True
d = {'self': None}
d['self'] = d
e = copy.deepcopy([d, d])
print(e[0] is e[1], e[0]['self'] is e[0], e[0] is d)  # expect: True True False
