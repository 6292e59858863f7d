# Three levels of nesting.
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube)  # expect: [[[0, 1], [1, 2]], [[1, 2], [2, 3]]]
print(sum(x for plane in cube for row in plane for x in row))  # expect: 12
