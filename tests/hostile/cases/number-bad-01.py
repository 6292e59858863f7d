# A malformed number literal: '0b2'.
# hostile-args: run "$IN"
# hostile-setup: printf '0b2' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid digit '2' in binary literal
