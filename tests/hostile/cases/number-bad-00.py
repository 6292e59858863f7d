# A malformed number literal: '0x'.
# hostile-args: run "$IN"
# hostile-setup: printf '0x' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid hexadecimal literal
