# Syntax garbage 29: '[x for x in]'.
# hostile-args: run "$IN"
# hostile-setup: printf '[x for x in]' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
