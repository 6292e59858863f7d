# Towers of Hanoi with the pegs as lists, so the moves can be checked.
def hanoi(n, source, target, spare, pegs, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, pegs, moves)
    disk = pegs[source].pop()
    if pegs[target]:
        assert pegs[target][-1] > disk, "bigger disk on a smaller one"
    pegs[target].append(disk)
    moves.append((disk, source, target))
    hanoi(n - 1, spare, target, source, pegs, moves)

pegs = {"A": [3, 2, 1], "B": [], "C": []}
moves = []
hanoi(3, "A", "C", "B", pegs, moves)
for disk, a, b in moves:
    print("move disk", disk, "from", a, "to", b)
print(pegs)
print(len(moves) == 2 ** 3 - 1)
# expect: move disk 1 from A to C
# expect: move disk 2 from A to B
# expect: move disk 1 from C to B
# expect: move disk 3 from A to C
# expect: move disk 1 from B to A
# expect: move disk 2 from B to C
# expect: move disk 1 from A to C
# expect: {'A': [], 'B': [], 'C': [3, 2, 1]}
# expect: True
