# Option misuse: --max-items 0 --format text.
# hostile-args: run --max-items 0 --format text "$CASE"
# hostile-exit: 0
x = [1, 2, 3]
