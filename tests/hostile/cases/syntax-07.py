# Syntax garbage 7: "f'{'".
# hostile-args: run "$IN"
# hostile-setup: printf 'f\047{\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: f-string: expecting '}'
