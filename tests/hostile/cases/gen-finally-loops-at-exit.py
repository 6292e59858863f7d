# A suspended generator whose finally block loops forever, alive at exit:
# closing it at shutdown counts against the step limit (python3 would hang).
# hostile-args: run --format json -o "$TMP/t.json" "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 100000 steps while finalizing the objects alive at exit
# hostile-timeout: 20
def g():
    try:
        yield 1
    finally:
        while True:
            pass
it = g()
next(it)
