# One shown step with -o DIR (an existing directory): DIR/step-01.svg, not
# a file named DIR.
# hostile-args: run "$CASE" --format svg -o d
# hostile-setup: mkdir d
# hostile-exit: 0
a = 1
