# dot output to a pipe whose reader has gone.
# hostile-args: run --format dot "$CASE"
# hostile-stdout-to: pipe-closed
# hostile-exit: 141
a = [[1] * 30 for i in range(300)]
