# A malformed number literal: '1__0'.
# hostile-args: run "$IN"
# hostile-setup: printf '1__0' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid decimal literal
