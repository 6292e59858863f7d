# Option misuse: --format yaml.
# hostile-args: run --format yaml "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: 
x = [1, 2, 3]
