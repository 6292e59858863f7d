# 100,000 nested [ with no closers.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: too many nested parentheses
