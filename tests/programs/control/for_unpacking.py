# for with tuple unpacking and enumerate/zip.
points = [(0, 1), (2, 3)]
for x, y in points:
    print(x + y)  # expect: 1
# expect: 5
for i, (x, y) in enumerate(points):
    print(i, x, y)  # expect: 0 0 1
# expect: 1 2 3
for a, b in zip('ab', 'xy'):
    print(a + b)  # expect: ax
# expect: by
