# Swapping through a tuple swaps the bindings, not the objects.
a = [1]
b = [2]
a_before = a
a, b = b, a
print(a, b)  # expect: [2] [1]
print(b is a_before)  # expect: True
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)  # expect: 3 1 2
