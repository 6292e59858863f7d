# -o DIR/ where DIR is a file: a clear error.
# hostile-args: run "$CASE" --format svg -o d/
# hostile-setup: echo x > d
# hostile-exit: 3
# hostile-stderr-has: refviz: error: cannot
a = 1
b = 2
