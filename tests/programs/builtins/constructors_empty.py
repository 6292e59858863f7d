# Calling the types with no arguments gives empty or zero values.
print(int(), float(), bool(), str() == '')  # expect: 0 0.0 False True
print(list(), tuple(), dict(), set(), frozenset())  # expect: [] () {} set() frozenset()
print(list((1, 2)), tuple([1, 2]), set([2, 1]))  # expect: [1, 2] (1, 2) {1, 2}
print(frozenset('aa'), dict([(1, 2)]))  # expect: frozenset({'a'}) {1: 2}
print(str(12), str([1]), bool([0]))  # expect: 12 [1] True
