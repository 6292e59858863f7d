# Option misuse: --frobnicate.
# hostile-args: run --frobnicate "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: run: unrecognized option '--frobnicate'
x = [1, 2, 3]
