# Matrices as lists of lists: multiply, transpose, identity.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert len(a[0]) == inner
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            for k in range(inner):
                result[i][j] += a[i][k] * b[k][j]
    return result

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
C = matmul(A, B)
for row in C:
    print(row)
print(transpose(A))
print(matmul(C, identity(2)) == C)
# expect: [58, 64]
# expect: [139, 154]
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: True
