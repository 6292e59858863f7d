# Syntax garbage 1: 'def'.
# hostile-args: run "$IN"
# hostile-setup: printf 'def' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
