# Tuples have only count and index.
t = (1, 2, 3, 2, 1)
print(t.count(2))  # expect: 2
print(t.index(3))  # expect: 2
print(t.index(1, 1))  # expect: 4
print(len(t), t[1:3])  # expect: 5 (2, 3)
print(t.index(9))  # expect-error: ValueError: tuple.index(x): x not in tuple
