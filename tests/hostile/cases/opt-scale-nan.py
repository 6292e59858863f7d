# Option misuse: --scale nan --format svg --final -o "$TMP/t.svg".
# hostile-args: run --scale nan --format svg --final -o "$TMP/t.svg" "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: 
x = [1, 2, 3]
