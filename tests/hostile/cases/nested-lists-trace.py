# A list nested 100,000 deep, traced.
# hostile-args: run --format json --final --max-steps 0 -o "$TMP/t.json" "$CASE"
# hostile-exit: 0
# hostile-timeout: 10
a = []
for i in range(100000):
    a = [a]
