# svg steps into a directory under a missing one.
# hostile-args: run --format svg -o "$TMP/nope/deeper/dir" "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = 1
