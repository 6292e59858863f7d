# Dict comprehensions with several clauses.
words = ['apple', 'bob', 'cat']
print({w: len(w) for w in words})  # expect: {'apple': 5, 'bob': 3, 'cat': 3}
print({w[0]: w for w in words if len(w) == 3})  # expect: {'b': 'bob', 'c': 'cat'}
print({(i, j): i * j for i in range(2) for j in range(2)})  # expect: {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
print({k: v for k, v in zip('ab', [1, 2])})  # expect: {'a': 1, 'b': 2}
