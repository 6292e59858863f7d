# Views reflect later changes to the dict.
d = {'a': 1}
keys = d.keys()
values = d.values()
items = d.items()
d['b'] = 2
print(keys)  # expect: dict_keys(['a', 'b'])
print(values)  # expect: dict_values([1, 2])
del d['a']
print(items)  # expect: dict_items([('b', 2)])
print(len(keys))  # expect: 1
snapshot = list(keys)
d['c'] = 3
print(snapshot, keys)  # expect: ['b'] dict_keys(['b', 'c'])
