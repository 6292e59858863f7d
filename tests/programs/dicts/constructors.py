# Building dicts from pairs, zip and keywords.
print(dict([('a', 1), ('b', 2)]))  # expect: {'a': 1, 'b': 2}
print(dict(zip('xyz', range(3))))  # expect: {'x': 0, 'y': 1, 'z': 2}
print(dict(a=1, b=[2]))  # expect: {'a': 1, 'b': [2]}
print(dict({'k': 'v'}, extra=1))  # expect: {'k': 'v', 'extra': 1}
print(dict())  # expect: {}
print({})  # expect: {}
