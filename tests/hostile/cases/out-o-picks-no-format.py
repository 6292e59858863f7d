# run -o into a directory, with no --format and no extension that picks
# one: a usage error (refviz ignored -o and printed on the terminal).
# hostile-args: run -o "$TMP" "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: run: -o
# hostile-stderr-has: picks no format
print("where does this go?")
