# 100,000 objects as one SVG (the drawing elides them).
# hostile-args: run --format svg --final -o "$TMP/t.svg" "$CASE"
# hostile-exit: 0
# hostile-timeout: 120
a = [object() for _ in range(100000)]
