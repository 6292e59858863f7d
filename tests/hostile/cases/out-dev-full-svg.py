# -o /dev/full as svg.
# hostile-args: run --format svg --final -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
