# 100,000 objects in the final snapshot as JSON.
# hostile-args: run --format json --final -o "$TMP/t.json" "$CASE"
# hostile-exit: 0
# hostile-timeout: 120
a = [object() for _ in range(100000)]
