# Syntax garbage 16: '1 +'.
# hostile-args: run "$IN"
# hostile-setup: printf '1 +' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
