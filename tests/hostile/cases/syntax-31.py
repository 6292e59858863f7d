# Syntax garbage 31: 'f(**)'.
# hostile-args: run "$IN"
# hostile-setup: printf 'f(**)' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
