# -o /dev/full as json.
# hostile-args: run --format json -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
