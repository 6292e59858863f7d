# Option misuse: --max-items 99999999999999999999 --format text.
# hostile-args: run --max-items 99999999999999999999 --format text "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-items needs a number, not '99999999999999999999'
x = [1, 2, 3]
