# A generator consumed forever, traced as json: stopped by the default step
# limit, the trace written.
# hostile-args: run --format json --max-steps 2000 -o "$TMP/t.json" "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 2000 steps
def g():
    while True:
        yield 1
for x in g():
    pass
