# title: The grid pitfall
# summary: [[0] * 3] * 3 holds one row three times; a comprehension builds three separate rows.
#: [0] * 3 builds one row, [0, 0, 0]. [[0] * 3] is a list holding one reference to that row, and * 3 builds a new list with that same reference three times: the row itself is never copied. The one row has refcount 3.
grid = [[0] * 3] * 3
print(grid[0] is grid[1], grid[1] is grid[2])  # expect: True True
#: grid[0][0] = 1 makes slot 0 of the one row refer to 1. grid[0], grid[1] and grid[2] all refer to that row, so every row of grid shows the change.
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
#: [0] * 3 repeats a reference too: the three slots of row refer to the same int 0. That is harmless, because an int cannot change.
row = [0] * 3
#: row[0] = 1 does not change the 0: it makes slot 0 refer to 1, and the other two slots still refer to 0.
row[0] = 1
print(row)  # expect: [1, 0, 0]
#: The fix: a comprehension runs [0] * 3 once per pass of the loop, so it builds three separate rows, each with refcount 1.
fixed = [[0] * 3 for _ in range(3)]
print(fixed[0] is fixed[1])  # expect: False
#: Now assigning to fixed[0][0] changes only the first row.
fixed[0][0] = 1
print(fixed)  # expect: [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
