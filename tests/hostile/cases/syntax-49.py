# Syntax garbage 49: '((((((((((((((((((((((((((((((((((((((((((((((((((]'.
# hostile-args: run "$IN"
# hostile-setup: printf '((((((((((((((((((((((((((((((((((((((((((((((((((]' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
