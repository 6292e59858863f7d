# 500 nested if blocks.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { s = ""; for (i = 0; i < 500; i++) { printf "%sif 1:\n", s; s = s " " } printf "%spass\n", s }' > "$IN"
# hostile-exit: 1
# hostile-stderr: IndentationError: too many levels of indentation
