# Syntax garbage 12: 'class'.
# hostile-args: run "$IN"
# hostile-setup: printf 'class' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
