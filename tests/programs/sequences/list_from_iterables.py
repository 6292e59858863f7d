# list() and tuple() build from any iterable.
print(list('abc'))  # expect: ['a', 'b', 'c']
print(list((1, 2)))  # expect: [1, 2]
print(list(range(3)))  # expect: [0, 1, 2]
print(list({'x': 1, 'y': 2}))  # expect: ['x', 'y']
print(tuple([1, [2]]))  # expect: (1, [2])
print(list())  # expect: []
