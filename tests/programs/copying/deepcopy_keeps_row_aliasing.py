# deepcopy of [[0] * 3] * 3 still has one row three times.
import copy
grid = [[0] * 3] * 3
dup = copy.deepcopy(grid)
print(dup[0] is dup[1], dup[1] is dup[2])  # expect: True True
print(dup[0] is grid[0])  # expect: False
dup[0][0] = 1
print(dup)  # expect: [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
print(grid)  # expect: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
