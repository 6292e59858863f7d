# A malformed octal literal (0o then @): a SyntaxError, no use-after-free.
# hostile-args: run "$IN"
# hostile-setup: printf '0o@' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid octal literal
