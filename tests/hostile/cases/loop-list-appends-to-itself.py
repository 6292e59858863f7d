# An infinite loop of another shape, stopped by --max-steps.
# hostile-args: run --max-steps 3000 "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 3000 steps
a = [1]
for x in a:
    a.append(x)
