# n-queens, n=7, all solutions: a recursive search (about 100,000 steps).
def solve(n):
    cols = []
    found = []

    def place(row):
        if row == n:
            found.append(list(cols))
            return
        for c in range(n):
            ok = True
            for r, q in enumerate(cols):
                if q == c or abs(q - c) == row - r:
                    ok = False
                    break
            if ok:
                cols.append(c)
                place(row + 1)
                cols.pop()

    place(0)
    return found

print(len(solve(7)))
