# -o - with several steps: a usage error, not a directory named '-'.
# hostile-args: run "$CASE" --format svg -o -
# hostile-exit: 2
# hostile-stderr-has: refviz: run: -o - writes one step to standard output, but 2 steps are shown
a = 1
b = [a]
