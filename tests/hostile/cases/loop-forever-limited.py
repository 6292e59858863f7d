# while True: pass with --max-steps.
# hostile-args: run --max-steps 1000 "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 1000 steps
while True:
    pass
