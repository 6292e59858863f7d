# Option misuse: --fit 1x1 --format svg --final -o "$TMP/t.svg".
# hostile-args: run --fit 1x1 --format svg --final -o "$TMP/t.svg" "$CASE"
# hostile-exit: 2
# hostile-stderr-has: refviz: 
x = [1, 2, 3]
