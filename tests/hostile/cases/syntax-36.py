# Syntax garbage 36: 'if 1:\n  x = 1\n    y = 2'.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012  x = 1\012    y = 2' > "$IN"
# hostile-exit: 1
# hostile-stderr: IndentationError: unexpected indent
