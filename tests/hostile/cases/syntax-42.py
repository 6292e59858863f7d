# Syntax garbage 42: '?'.
# hostile-args: run "$IN"
# hostile-setup: printf '?' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
