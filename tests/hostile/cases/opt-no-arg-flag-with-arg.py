# Option misuse: --final=yes.
# hostile-args: run --final=yes "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: run: unrecognized option '--final=yes'
x = [1, 2, 3]
