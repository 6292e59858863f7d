# [[0] * 3] * 3 repeats one inner list three times.
grid = [[0] * 3] * 3
print(grid)  # expect: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
print(grid[0] is grid[1], grid[1] is grid[2])  # expect: True True
row = grid[2]
row[2] = 5
print(grid[0])  # expect: [1, 0, 5]
grid[1] = [7, 7, 7]
print(grid)  # expect: [[1, 0, 5], [7, 7, 7], [1, 0, 5]]
print(grid[0] is grid[1])  # expect: False
