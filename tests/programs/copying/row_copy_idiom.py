# Copying a grid row by row gives independent rows.
grid = [[1, 2], [3, 4]]
copied = [row[:] for row in grid]
copied[0][0] = 'x'
print(grid)  # expect: [[1, 2], [3, 4]]
print(copied)  # expect: [['x', 2], [3, 4]]
alias_rows = list(grid)
alias_rows[1][1] = 'y'
print(grid)  # expect: [[1, 2], [3, 'y']]
