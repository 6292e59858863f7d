# A list grown forever, stopped by --max-steps.
# hostile-args: run --max-steps 20000 "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 20000 steps
a = []
while True:
    a.append(1)
