# N-queens by backtracking; prints the first board and the counts.
def solve(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions

sols = solve(4)
print(len(sols), "solutions for 4 queens")
for c in sols[0]:
    print("".join("Q" if i == c else "." for i in range(4)))
print([len(solve(k)) for k in range(1, 5)])
# expect: 2 solutions for 4 queens
# expect: .Q..
# expect: ...Q
# expect: Q...
# expect: ..Q.
# expect: [1, 0, 0, 2]
