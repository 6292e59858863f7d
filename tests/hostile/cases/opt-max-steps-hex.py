# Option misuse: --max-steps 0x10.
# hostile-args: run --max-steps 0x10 "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-steps needs a number, not '0x10'
x = [1, 2, 3]
