# Sorting is stable: equal keys keep their order.
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
pairs.sort(key=len)
print(pairs)  # expect: [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
words = ['bb', 'a', 'cc', 'd', 'ee']
print(sorted(words, key=len))  # expect: ['a', 'd', 'bb', 'cc', 'ee']
print(sorted(pairs))  # expect: [(0, 'y'), (0, 'z'), (1, 'a'), (1, 'b')]
