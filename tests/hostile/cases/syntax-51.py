# Syntax garbage 51: 'None = 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'None = 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: cannot assign to None
