# A nested comprehension can use the outer comprehension's variable.
table = [[i * j for j in range(3)] for i in range(3)]
print(table)  # expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
tri = [[j for j in range(i)] for i in range(4)]
print(tri)  # expect: [[], [0], [0, 1], [0, 1, 2]]
print(table[0] is table[1])  # expect: False
