# Syntax garbage 45: 'a = 1 if 2'.
# hostile-args: run "$IN"
# hostile-setup: printf 'a = 1 if 2' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: expected 'else' after 'if' expression
