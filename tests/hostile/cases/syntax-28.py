# Syntax garbage 28: 'else: pass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'else: pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
