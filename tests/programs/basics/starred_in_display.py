# Starred expressions inside list, tuple and set displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])  # expect: [1, 2, 3, 4]
print((*a, 0))  # expect: (1, 2, 0)
print({*a, *b, 1})  # expect: {1, 2, 3, 4}
c = [*a]
print(c == a, c is a)  # expect: True False
print({**{'x': 1}, 'y': 2})  # expect: {'x': 1, 'y': 2}
