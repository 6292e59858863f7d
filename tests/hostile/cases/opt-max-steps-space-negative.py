# Option misuse: --max-steps " -1".
# hostile-args: run --max-steps " -1" "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-steps needs a number, not ' -1'
x = [1, 2, 3]
