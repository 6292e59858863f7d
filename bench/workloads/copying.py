import copy
grid = [[i * j for j in range(50)] for i in range(50)]
for _ in range(40):
    g = copy.deepcopy(grid)
print(g[49][49])
