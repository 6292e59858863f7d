# -o /dev/full as html.
# hostile-args: run --format html -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
