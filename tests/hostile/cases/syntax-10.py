# Syntax garbage 10: 'x = (1,'.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = (1,' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: '(' was never closed
