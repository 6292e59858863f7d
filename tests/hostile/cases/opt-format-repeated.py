# Option misuse: --format json --format text.
# hostile-args: run --format json --format text "$CASE"
# hostile-exit: 0
x = [1, 2, 3]
