# -o /dev/full as dot.
# hostile-args: run --format dot -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
