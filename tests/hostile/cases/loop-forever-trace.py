# An endless loop with a trace: the default step limit stops it.
# hostile-args: run --format json -o "$TMP/t.json" "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 100000 steps
# hostile-timeout: 60
n = 0
while True:
    n += 1
