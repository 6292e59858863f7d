# Views and iterators of dicts and sets have their own types, and a view
# stays live: it shows the dict's current items.
d = {'a': 1}
k = d.keys()
v = d.values()
it = d.items()
print(type(k).__name__, type(v).__name__, type(it).__name__)
# expect: dict_keys dict_values dict_items
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
# expect: dict_keyiterator dict_valueiterator dict_itemiterator
print(type(iter(d)).__name__, type(iter({1})).__name__, type(iter(frozenset())).__name__)
# expect: dict_keyiterator set_iterator set_iterator
d['b'] = [2]
print(k, v, it)
# expect: dict_keys(['a', 'b']) dict_values([1, [2]]) dict_items([('a', 1), ('b', [2])])
d['b'].append(3)
del d['a']
print(k, v, it, len(k))
# expect: dict_keys(['b']) dict_values([[2, 3]]) dict_items([('b', [2, 3])]) 1
