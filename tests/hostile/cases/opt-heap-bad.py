# Option misuse: --heap some.
# hostile-args: run --heap some "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --heap is 'all' or 'inline', not 'some'
x = [1, 2, 3]
