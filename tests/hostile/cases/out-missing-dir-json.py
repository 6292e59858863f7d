# -o into a directory that does not exist.
# hostile-args: run --format json -o "$TMP/nope/t.json" "$CASE"
# hostile-exit: 3
# hostile-stderr-has: refviz: error: cannot write
# hostile-stderr-has: No such file or directory
x = 1
