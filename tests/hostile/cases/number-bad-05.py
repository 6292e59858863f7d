# A malformed number literal: '0_7'.
# hostile-args: run "$IN"
# hostile-setup: printf '0_7' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
