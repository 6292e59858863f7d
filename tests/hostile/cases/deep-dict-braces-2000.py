# 2,000 nested dict displays: too many nested parentheses.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "x = "; for (i = 0; i < 2000; i++) printf "{1:"; printf "1"; for (i = 0; i < 2000; i++) printf "}"; print "" }' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: too many nested parentheses
