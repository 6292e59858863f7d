# Option misuse: --max-steps +5.
# hostile-args: run --max-steps +5 "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-steps needs a number, not '+5'
x = [1, 2, 3]
