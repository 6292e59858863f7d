# A malformed number literal: '0o8'.
# hostile-args: run "$IN"
# hostile-setup: printf '0o8' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid digit '8' in octal literal
