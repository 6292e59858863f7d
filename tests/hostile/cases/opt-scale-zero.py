# Option misuse: --scale 0 --format svg --final -o "$TMP/t.svg".
# hostile-args: run --scale 0 --format svg --final -o "$TMP/t.svg" "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: 
x = [1, 2, 3]
