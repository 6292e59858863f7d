# Nothing but NUL bytes.
# hostile-args: run "$IN"
# hostile-setup: printf '\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: source code cannot contain null bytes
