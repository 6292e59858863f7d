# Option misuse: --dpi 0 --format png --final -o "$TMP/t.png".
# hostile-args: run --dpi 0 --format png --final -o "$TMP/t.png" "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --dpi: '0' is not a number from 24 to 1200
x = [1, 2, 3]
