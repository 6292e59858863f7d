# A tic-tac-toe board as a list of lists; a scripted game with a winner check.
def new_board():
    return [[" "] * 3 for _ in range(3)]

def show(board):
    for i, row in enumerate(board):
        print(" " + " | ".join(row))
        if i < 2:
            print("---+---+---")

def winner(board):
    lines = [row[:] for row in board]
    lines += [[board[r][c] for r in range(3)] for c in range(3)]
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None

board = new_board()
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
player = "X"
for r, c in moves:
    if board[r][c] != " ":
        print("occupied!")
        continue
    board[r][c] = player
    w = winner(board)
    if w:
        print(w, "wins")
        break
    player = "O" if player == "X" else "X"
else:
    print("draw")
show(board)
bad = [[" "] * 3] * 3
bad[0][0] = "X"
print(bad)
# expect: draw
# expect:  O | X | O
# expect: ---+---+---
# expect:  X | X | O
# expect: ---+---+---
# expect:  X | O | X
# expect: [['X', ' ', ' '], ['X', ' ', ' '], ['X', ' ', ' ']]
