# A list nested 100,000 deep, traced.
# hostile-args: run --format json --final -o "$TMP/t.json" "$CASE"
# hostile-exit: 0
# hostile-timeout: 10
# hostile-known: a trace's snapshots rebuild the repr of every object, and of a deeply nested list that is quadratic (selfcheck builds record a trace too)
a = []
for i in range(100000):
    a = [a]
