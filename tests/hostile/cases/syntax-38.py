# Syntax garbage 38: '\\'.
# hostile-args: run "$IN"
# hostile-setup: printf '\134' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unexpected EOF while parsing
