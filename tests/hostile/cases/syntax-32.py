# Syntax garbage 32: 'f(a=1, 2)'.
# hostile-args: run "$IN"
# hostile-setup: printf 'f(a=1, 2)' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: positional argument follows keyword argument
