# A NUL byte in the source.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1\000\012print(x)\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: source code cannot contain null bytes
