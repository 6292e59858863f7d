# Syntax garbage 11: 'print(1))'.
# hostile-args: run "$IN"
# hostile-setup: printf 'print(1))' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unmatched ')'
