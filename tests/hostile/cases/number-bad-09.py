# A malformed number literal: '0x_'.
# hostile-args: run "$IN"
# hostile-setup: printf '0x_' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid hexadecimal literal
