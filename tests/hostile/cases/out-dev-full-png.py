# -o /dev/full as png.
# hostile-args: run --format png --final -o /dev/full "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = [1]
