# zip stops at the shortest input.
print(list(zip([1, 2, 3], 'ab')))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip('abc', range(3), [True, False, None])))  # expect: [('a', 0, True), ('b', 1, False), ('c', 2, None)]
print(list(zip()))  # expect: []
print(list(zip([1, 2], [])))  # expect: []
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)  # expect: (1, 2) ('a', 'b')
print(dict(zip(['k1', 'k2'], [1, 2])))  # expect: {'k1': 1, 'k2': 2}
