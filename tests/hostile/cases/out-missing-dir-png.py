# A png into a missing directory.
# hostile-args: run --format png --final -o "$TMP/nope/t.png" "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = 1
