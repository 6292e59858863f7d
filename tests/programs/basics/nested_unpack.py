# Nested unpacking.
(a, b), c = (1, 2), 3
print(a, b, c)  # expect: 1 2 3
x, (y, (z, w)) = 'x', ['y', ('z', 'w')]
print(x + y + z + w)  # expect: xyzw
for i, (j, k) in [(1, (2, 3)), (4, (5, 6))]:
    print(i + j + k)  # expect: 6
# expect: 15
