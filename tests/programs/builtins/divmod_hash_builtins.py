# divmod and hash as builtins.
print(divmod(17, 5))  # expect: (3, 2)
print(divmod(-17, 5))  # expect: (-4, 3)
print(hash(7) == hash(7.0))  # expect: True
print(hash((1, 2)) == hash((1, 2)))  # expect: True
s1 = 'ab'
s2 = ''.join(['a', 'b'])
print(hash(s1) == hash(s2))  # expect: True
print(hash(frozenset([1])) == hash(frozenset([1])))  # expect: True
