# A malformed number literal: '09'.
# hostile-args: run "$IN"
# hostile-setup: printf '09' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
