# frozenset is an immutable, hashable set.
fs = frozenset([3, 1, 2, 1])
print(fs)  # expect: frozenset({1, 2, 3})
print(len(fs), 2 in fs)  # expect: 3 True
print(frozenset())  # expect: frozenset()
d = {fs: 'key'}
print(d[frozenset({1, 2, 3})])  # expect: key
print(fs | {4})  # expect: frozenset({1, 2, 3, 4})
print({4} | fs)  # expect: {1, 2, 3, 4}
print(fs == {1, 2, 3})  # expect: True
print({fs, frozenset([1, 2, 3])} == {fs})  # expect: True
