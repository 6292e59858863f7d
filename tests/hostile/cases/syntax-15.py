# Syntax garbage 15: 'a b c'.
# hostile-args: run "$IN"
# hostile-setup: printf 'a b c' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
