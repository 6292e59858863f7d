# Syntax garbage 25: 'for in x: pass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'for in x: pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
