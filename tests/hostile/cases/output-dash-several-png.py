# -o - with several png steps: a usage error (the message names the fix).
# hostile-args: lesson shallow-copy --format png -o -
# hostile-exit: 2
# hostile-stderr-has: add --step N or --final for one step, or -o DIR for a file per step
