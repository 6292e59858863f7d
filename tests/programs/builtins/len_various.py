# len of the built-in containers.
print(len([1, 2]), len((1,)), len('abc'), len({'a': 1}))  # expect: 2 1 3 1
print(len({1, 2, 2}), len(frozenset()), len(range(10)))  # expect: 2 0 10
print(len(range(0, 10, 3)), len(range(5, 0)))  # expect: 4 0
print(len([[1, 2, 3]]))  # expect: 1
print(len(dict.fromkeys('abc').keys()))  # expect: 3
