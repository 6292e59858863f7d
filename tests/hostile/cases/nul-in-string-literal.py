# A NUL byte inside a string literal.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = "a\000b"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: source code cannot contain null bytes
