# Syntax garbage 50: 'yield = 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'yield = 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: assignment to yield expression not possible
