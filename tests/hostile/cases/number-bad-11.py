# A malformed number literal: '0b1a'.
# hostile-args: run "$IN"
# hostile-setup: printf '0b1a' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid binary literal
