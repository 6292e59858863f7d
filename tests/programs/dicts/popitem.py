# popitem removes the most recently inserted pair.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem())  # expect: ('c', 3)
d['z'] = 26
print(d.popitem())  # expect: ('z', 26)
print(d)  # expect: {'a': 1, 'b': 2}
d.clear()
d.popitem()  # expect-error: KeyError: 'popitem(): dictionary is empty'
