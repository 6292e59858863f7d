# del on list items, negative indices and dict keys.
lst = [0, 1, 2, 3, 4]
del lst[0]
print(lst)  # expect: [1, 2, 3, 4]
del lst[-1]
print(lst)  # expect: [1, 2, 3]
d = {'a': 1, 'b': 2}
del d['a']
print(d)  # expect: {'b': 2}
x, y = 1, 2
del x, y
lst2 = [5, 6]
del lst2[0], lst2[0]
print(lst2)  # expect: []
