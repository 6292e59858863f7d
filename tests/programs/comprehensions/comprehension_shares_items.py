# A comprehension copying a list of lists is a shallow copy.
grid = [[1, 2], [3, 4]]
copy1 = [row for row in grid]
copy2 = [row[:] for row in grid]
print(copy1[0] is grid[0])  # expect: True
print(copy2[0] is grid[0], copy2 == grid)  # expect: False True
grid[0].append(99)
print(copy1)  # expect: [[1, 2, 99], [3, 4]]
print(copy2)  # expect: [[1, 2], [3, 4]]
