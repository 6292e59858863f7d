# Syntax garbage 5: 'return 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'return 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'return' outside function
