# Syntax garbage 26: 'while: pass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'while: pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
