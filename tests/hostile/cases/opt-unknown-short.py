# Option misuse: -x.
# hostile-args: run -x "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: run: unrecognized option '-x'
x = [1, 2, 3]
