# List comprehensions with several for and if clauses.
print([x * y for x in range(1, 4) for y in range(1, 3)])  # expect: [1, 2, 2, 4, 3, 6]
print([(x, y) for x in range(3) for y in range(3) if x < y])  # expect: [(0, 1), (0, 2), (1, 2)]
print([n for n in range(20) if n % 2 if n % 3])  # expect: [1, 5, 7, 11, 13, 17, 19]
print([c for word in ['ab', 'cd'] for c in word])  # expect: ['a', 'b', 'c', 'd']
print([x for x in [] if x])  # expect: []
