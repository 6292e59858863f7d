# -o naming an existing directory for a one-file format.
# hostile-args: run --format json -o "$TMP" "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error:
x = 1
