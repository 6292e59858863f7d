# -o /dev/full as text.
# hostile-args: run --format text -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
