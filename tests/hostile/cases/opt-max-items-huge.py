# Option misuse: --max-items 18446744073709551615 --format text.
# hostile-args: run --max-items 18446744073709551615 --format text "$CASE"
# hostile-exit: 0
x = [1, 2, 3]
