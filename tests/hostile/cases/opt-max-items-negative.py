# Option misuse: --max-items -1 --format text.
# hostile-args: run --max-items -1 --format text "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-items needs a number, not '-1'
x = [1, 2, 3]
