# Print a matrix in spiral order and rotate it 90 degrees.
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out

def rotate(m):
    return [list(row)[::-1] for row in zip(*m)]

grid = [[n + 4 * r for n in range(1, 5)] for r in range(3)]
print(grid)
print(spiral(grid))
for row in rotate(grid):
    print(row)
# expect: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
# expect: [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
# expect: [9, 5, 1]
# expect: [10, 6, 2]
# expect: [11, 7, 3]
# expect: [12, 8, 4]
