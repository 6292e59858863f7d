# Syntax garbage 6: 'break'.
# hostile-args: run "$IN"
# hostile-setup: printf 'break' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'break' outside loop
