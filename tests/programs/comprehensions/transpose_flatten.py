# Transposing and flattening with comprehensions.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([x for row in m for x in row])  # expect: [1, 2, 3, 4, 5, 6]
print([list(col) for col in zip(*m)])  # expect: [[1, 4], [2, 5], [3, 6]]
