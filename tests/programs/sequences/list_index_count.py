# index finds the first position, optionally within start/stop; count counts.
lst = ['a', 'b', 'c', 'b', 'a']
print(lst.index('b'))  # expect: 1
print(lst.index('b', 2))  # expect: 3
print(lst.index('a', 1, 5))  # expect: 4
print(lst.count('a'), lst.count('z'))  # expect: 2 0
print([1, 1.0, True].count(1))  # expect: 3
print([[1], [1]].count([1]))  # expect: 2
print(lst.index('z'))  # expect-error: ValueError: 'z' is not in list
