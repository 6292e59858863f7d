# Syntax garbage 13: 'import'.
# hostile-args: run "$IN"
# hostile-setup: printf 'import' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
