# Syntax garbage 40: '`x`'.
# hostile-args: run "$IN"
# hostile-setup: printf '`x`' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
