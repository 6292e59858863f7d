# Option misuse: --max-depth deep --format text.
# hostile-args: run --max-depth deep --format text "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-depth needs a number, not 'deep'
x = [1, 2, 3]
