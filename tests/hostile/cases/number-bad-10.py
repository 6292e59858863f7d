# A malformed number literal: '1.__class__'.
# hostile-args: run "$IN"
# hostile-setup: printf '1.__class__' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid decimal literal
