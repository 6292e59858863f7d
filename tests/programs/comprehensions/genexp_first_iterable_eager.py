# The first iterable of a generator expression is evaluated at once;
# the rest is lazy.
lst = [1, 2]
g = (x * 10 for x in lst)
lst = [7, 8, 9]
print(list(g))  # expect: [10, 20]
items = [1, 2]
g2 = (x for x in items)
items.append(3)
print(list(g2))  # expect: [1, 2, 3]
