# Option misuse: --step 0 --format text.
# hostile-args: run --step 0 --format text "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: run: --step counts from 1
x = [1, 2, 3]
