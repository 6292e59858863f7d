# A malformed number literal: '1_'.
# hostile-args: run "$IN"
# hostile-setup: printf '1_' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid decimal literal
