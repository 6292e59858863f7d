# Syntax garbage 2: 'x = = 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = = 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
