# Tuple unpacking on the left-hand side.
a, b = 1, 2
print(a, b)  # expect: 1 2
(c, d) = (3, 4)
print(c, d)  # expect: 3 4
pair = ('x', [5])
k, v = pair
print(k, v)  # expect: x [5]
print(v is pair[1])  # expect: True
