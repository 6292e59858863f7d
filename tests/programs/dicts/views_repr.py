# keys(), values() and items() views.
d = {'a': 1, 'b': 2}
print(d.keys())  # expect: dict_keys(['a', 'b'])
print(d.values())  # expect: dict_values([1, 2])
print(d.items())  # expect: dict_items([('a', 1), ('b', 2)])
print(list(d.items()))  # expect: [('a', 1), ('b', 2)]
print(len(d.keys()), 'a' in d.keys(), 1 in d.values())  # expect: 2 True True
print(('b', 2) in d.items())  # expect: True
