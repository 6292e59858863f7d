# A comprehension builds a new inner list on every iteration.
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
print(grid[0] is grid[1], grid[1] is grid[2])  # expect: False False
print(grid[1] == grid[2])  # expect: True
