# Syntax garbage 18: 'del 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'del 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: cannot delete literal
