# A generator expression can be iterated only once.
g = (n * n for n in range(4))
print(sum(g))  # expect: 14
print(sum(g))  # expect: 0
print(list(g))  # expect: []
lst = [n * n for n in range(4)]
print(sum(lst), sum(lst))  # expect: 14 14
