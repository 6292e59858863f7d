# Syntax garbage 52: 'True += 1'.
# hostile-args: run "$IN"
# hostile-setup: printf 'True += 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'True' is an illegal expression for augmented assignment
