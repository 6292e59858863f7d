# A malformed number literal: '.5_'.
# hostile-args: run "$IN"
# hostile-setup: printf '.5_' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid decimal literal
