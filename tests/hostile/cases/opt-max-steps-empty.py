# Option misuse: --max-steps "".
# hostile-args: run --max-steps "" "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --max-steps needs a number, not ''
x = [1, 2, 3]
