# Option misuse: --step 99999 --format text.
# hostile-args: run --step 99999 --format text "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: 
x = [1, 2, 3]
